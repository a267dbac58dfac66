using System.Globalization;

namespace MedRec.Portal.Domain.Common;

/// <summary>
/// A note the portal stores and shows later (e.g. why a submission did or did not use the quota), worded once: a
/// stable <see cref="Id"/> (pages look up <c>Note.{Id}</c> to show it in the reader's language) and the English text
/// with numbered placeholders. Declare them as <c>public static readonly</c> fields: a test checks that every one has
/// an English and a Chinese text with the same placeholders.
/// </summary>
public sealed record NoteMessage(string Id, string English)
{
    /// <summary>The note with these values in its placeholders (invariant culture).</summary>
    public Note With(params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty).ToArray();
        return new Note(Id, values, string.Format(CultureInfo.InvariantCulture, English, values));
    }
}

/// <summary>
/// A stored note: its English text (what exports, the API and the CLI show) and, when it was made from a
/// <see cref="NoteMessage"/>, the message id and values a page needs to show it in another language.
/// </summary>
public sealed record Note(string? MessageId, IReadOnlyList<string> Arguments, string English)
{
    /// <summary>A note with no translation (free text, or one stored before notes had ids).</summary>
    public static Note FromEnglish(string english) => new(null, [], english);

    public static implicit operator Note(string english) => FromEnglish(english);
}
