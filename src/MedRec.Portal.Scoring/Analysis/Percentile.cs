namespace MedRec.Portal.Scoring.Analysis;

/// <summary>Quantiles of a sorted sample.</summary>
internal static class Percentile
{
    /// <summary>
    /// The q-quantile of ascending <paramref name="sorted"/> by linear interpolation between order statistics
    /// (Hyndman and Fan's type 7, the default of R and NumPy): h = (n − 1)·q, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
    /// </summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", nameof(sorted));
        }

        var h = (sorted.Length - 1) * q;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[lower] + ((h - lower) * (sorted[lower + 1] - sorted[lower]));
    }
}
