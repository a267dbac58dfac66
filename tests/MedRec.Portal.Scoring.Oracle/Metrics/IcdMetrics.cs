namespace MedRec.Portal.Scoring.Metrics;

/// <summary>The per-record ICD metrics of docs/scoring-rules.md.</summary>
public static class IcdMetrics
{
    /// <summary>main_i: 1 when the predicted primary code equals the gold primary code (ordinal, after normalisation), else 0.</summary>
    public static double Main(string goldPrimary, string predictedPrimary) =>
        string.Equals(goldPrimary, predictedPrimary, StringComparison.Ordinal) ? 1.0 : 0.0;

    /// <summary>
    /// other_i = |G_other ∩ P_other| / |G_other|; 1 when both are empty, 0 when only G_other is empty
    /// (the recall of <see cref="SetMetrics.Recall"/>).
    /// </summary>
    public static double Other(int intersection, int goldCount, int predictedCount) =>
        SetMetrics.Recall(intersection, goldCount, predictedCount);

    /// <summary>acc_i = 0.5·main_i + 0.5·other_i; Acc is its mean over records.</summary>
    public static double Acc(double main, double other) => (0.5 * main) + (0.5 * other);
}
