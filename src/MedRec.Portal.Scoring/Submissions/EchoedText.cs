namespace MedRec.Portal.Scoring.Submissions;

/// <summary>
/// How a report quotes text from the file (an identifier, a label, a key, an ICD prediction string): at most
/// <see cref="MaxLength"/> characters (<see cref="MaxPredictionLength"/> for a whole prediction string), the rest
/// replaced by an ellipsis, so that a report never grows with the size of a bad value (a 19 MB identifier would
/// otherwise be copied into the message, its arguments and the record's id). Real identifiers, drug names and codes
/// are far shorter, so ordinary reports read exactly as before.
/// </summary>
public static class EchoedText
{
    /// <summary>The most characters of a quoted identifier, label or key a report keeps (the ellipsis included).</summary>
    public const int MaxLength = 64;

    /// <summary>The most characters of a quoted ICD prediction string (a primary and up to a few dozen codes).</summary>
    public const int MaxPredictionLength = 256;

    /// <summary><paramref name="value"/> itself when at most <paramref name="maxLength"/> characters, else its first characters and "…".</summary>
    public static string Shorten(string value, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (value.Length <= maxLength)
        {
            return value;
        }

        // Never cut a surrogate pair in half: the shortened text must still be valid UTF-16 (and so UTF-8 in JSON).
        var keep = maxLength - 1;
        if (char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        return string.Concat(value.AsSpan(0, keep), "…");
    }

    /// <summary><see cref="Shorten(string, int)"/>, null staying null.</summary>
    public static string? ShortenOrNull(string? value) => value is null ? null : Shorten(value);
}
