namespace MedRec.Portal.Scoring.Metrics;

/// <summary>
/// The per-item set metrics of docs/scoring-rules.md for a gold set G and a predicted set P, from the sizes |G∩P|, |G|
/// and |P|. Common rule: a ratio whose denominator is 0 is 0, except that G and P both empty gives 1 for all four.
/// </summary>
public static class SetMetrics
{
    /// <summary>Jaccard = |G∩P| / |G∪P|; 1 when G and P are both empty.</summary>
    public static double Jaccard(int intersection, int goldCount, int predictedCount)
    {
        Check(intersection, goldCount, predictedCount);
        if (goldCount == 0 && predictedCount == 0)
        {
            return 1.0;
        }

        return (double)intersection / (goldCount + predictedCount - intersection);
    }

    /// <summary>Precision = |G∩P| / |P|; 0 when P is empty and G is not; 1 when both are empty.</summary>
    public static double Precision(int intersection, int goldCount, int predictedCount)
    {
        Check(intersection, goldCount, predictedCount);
        if (predictedCount == 0)
        {
            return goldCount == 0 ? 1.0 : 0.0;
        }

        return (double)intersection / predictedCount;
    }

    /// <summary>Recall = |G∩P| / |G|; 0 when G is empty and P is not; 1 when both are empty.</summary>
    public static double Recall(int intersection, int goldCount, int predictedCount)
    {
        Check(intersection, goldCount, predictedCount);
        if (goldCount == 0)
        {
            return predictedCount == 0 ? 1.0 : 0.0;
        }

        return (double)intersection / goldCount;
    }

    /// <summary>
    /// F1 = 2·Precision·Recall / (Precision + Recall); 0 when Precision + Recall is 0; 1 when G and P are both empty.
    /// </summary>
    public static double F1(int intersection, int goldCount, int predictedCount)
    {
        var precision = Precision(intersection, goldCount, predictedCount);
        var recall = Recall(intersection, goldCount, predictedCount);
        var sum = precision + recall;
        return sum == 0.0 ? 0.0 : 2.0 * precision * recall / sum;
    }

    /// <summary>|G∩P| for a gold set and distinct predicted labels.</summary>
    public static int CountIntersection(IReadOnlySet<string> gold, IEnumerable<string> distinctPredicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(distinctPredicted);
        var count = 0;
        foreach (var label in distinctPredicted)
        {
            if (gold.Contains(label))
            {
                count++;
            }
        }

        return count;
    }

    private static void Check(int intersection, int goldCount, int predictedCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(intersection);
        ArgumentOutOfRangeException.ThrowIfNegative(goldCount);
        ArgumentOutOfRangeException.ThrowIfNegative(predictedCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(intersection, Math.Min(goldCount, predictedCount));
    }
}
