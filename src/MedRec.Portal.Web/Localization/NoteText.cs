using MedRec.Portal.Domain.Common;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// A stored note in the reader's language: notes made from a <see cref="NoteMessage"/> are looked up as
/// <c>Note.{MessageId}</c> and filled with their values; free-text notes, and notes stored before they had ids,
/// keep their English.
/// </summary>
public static class NoteText
{
    /// <summary>The resource key of a note's message id.</summary>
    public static string KeyOf(string messageId) => "Note." + messageId;

    public static string Localize(Note note, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(text);
        if (note.MessageId is not { } id)
        {
            return note.English;
        }

        return ResourceTemplate.Format(text, KeyOf(id), [.. note.Arguments], note.English);
    }
}
