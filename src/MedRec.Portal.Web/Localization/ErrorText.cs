using MedRec.Portal.Domain.Common;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// A use case's error in the reader's language: errors made from an <see cref="ErrorMessage"/> are looked up as
/// <c>Error.{MessageId}</c> and filled with their arguments; any other error keeps its own message (already
/// localised by the page that made it, or English when it has no translation yet).
/// </summary>
public static class ErrorText
{
    /// <summary>The resource key of a message id.</summary>
    public static string KeyOf(string messageId) => "Error." + messageId;

    public static string Localize(Error error, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(text);
        if (error.MessageId is not { } id)
        {
            return error.Message;
        }

        return ResourceTemplate.Format(text, KeyOf(id), [.. error.Arguments], error.Message);
    }
}
