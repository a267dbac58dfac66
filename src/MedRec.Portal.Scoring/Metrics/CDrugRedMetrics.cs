namespace MedRec.Portal.Scoring.Metrics;

/// <summary>The CDrugRed ranking metric of docs/scoring-rules.md.</summary>
public static class CDrugRedMetrics
{
    /// <summary>Score = (Jaccard + F1) / 2, where Jaccard and F1 are the means over visits.</summary>
    public static double Score(double meanJaccard, double meanF1) => (meanJaccard + meanF1) / 2.0;
}
