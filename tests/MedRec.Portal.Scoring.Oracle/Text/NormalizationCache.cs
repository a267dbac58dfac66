namespace MedRec.Portal.Scoring.Text;

/// <summary>
/// Remembers the normalised form of strings that repeat (drug names, ICD codes): a file of 100,000 visits repeats the
/// same few hundred labels, and NFKC through ICU costs far more than a dictionary lookup. One cache per file read.
/// </summary>
internal sealed class NormalizationCache
{
    private const int MaxEntries = 100_000;

    private readonly Dictionary<string, string> _normalized = new(StringComparer.Ordinal);

    public string Normalize(string value)
    {
        if (_normalized.TryGetValue(value, out var normalized))
        {
            return normalized;
        }

        normalized = TextNormalizer.Normalize(value);

        // Bounded so a file of unique junk labels cannot grow the cache without limit.
        if (_normalized.Count < MaxEntries)
        {
            _normalized[value] = normalized;
        }

        return normalized;
    }
}
