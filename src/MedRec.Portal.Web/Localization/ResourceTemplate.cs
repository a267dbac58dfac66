using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// The one step every stored, translatable message shares (errors, notes, validator issues): look its template up
/// by key and fill in the stored values, or keep the stored English when the resources have no such key (a message
/// from a later version, or one stored before it had an id).
/// </summary>
internal static class ResourceTemplate
{
    public static string Format(IStringLocalizer<SharedResource> text, string key, IReadOnlyList<object?> values, string english)
    {
        var template = text[key];
        return template.ResourceNotFound ? english : string.Format(CultureInfo.CurrentCulture, template.Value, [.. values]);
    }
}
