namespace MedRec.Portal.Scoring.Analysis;

/// <summary>
/// Significance bands over entries in rank order (docs/analysis.md): walk down the ranking; an entry joins the current
/// band when its paired test against every entry already in the band has p ≥ α, else it opens the next band. So every
/// two entries of one band are not significantly different, and the first entry of a band differs significantly from
/// at least one entry of the band above. A chain a ≈ b ≈ c with a ≠ c gives a and b band 1 and c band 2, although
/// b ≈ c: bands are a partition, and the rule keeps each band free of significant differences.
/// </summary>
internal static class SignificanceBands
{
    /// <summary>Band numbers (1-based) for <paramref name="count"/> ranked entries given the p-value of each pair.</summary>
    public static int[] Assign(int count, Func<int, int, double> pValue, double alpha)
    {
        var bands = new int[count];
        if (count == 0)
        {
            return bands;
        }

        var band = 1;
        var bandStart = 0;
        bands[0] = band;
        for (var q = 1; q < count; q++)
        {
            var joins = true;
            for (var member = bandStart; member < q && joins; member++)
            {
                joins = pValue(member, q) >= alpha;
            }

            if (!joins)
            {
                band++;
                bandStart = q;
            }

            bands[q] = band;
        }

        return bands;
    }
}
