using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// The audit log in the reader's language: action codes (<c>AuditAction.board.frozen</c>), entity types and the
/// recorded fields' names are looked up in the resources; a code without a translation (one added later) is shown as
/// it is. The page shows the stable code too, so it can still be searched and filtered.
/// </summary>
public static class AuditText
{
    public static string Action(string code, IStringLocalizer<SharedResource> text) => Lookup("AuditAction.", code, text);

    public static string Entity(string type, IStringLocalizer<SharedResource> text) => Lookup("AuditEntity.", type, text);

    public static string Field(string name, IStringLocalizer<SharedResource> text) => Lookup("AuditField.", name, text);

    private static string Lookup(string prefix, string value, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(text);
        var found = text[prefix + value];
        return found.ResourceNotFound ? value : found.Value;
    }
}
