namespace MedRec.Portal.Scoring.Metrics;

/// <summary>The stable keys of every metric, as stored with a score and shown as column names.</summary>
public static class MetricKeys
{
    /// <summary>CDrugRed: (Jaccard + F1) / 2, the ranking metric.</summary>
    public const string Score = "score";

    /// <summary>CDrugRed: mean per-visit Jaccard.</summary>
    public const string Jaccard = "jaccard";

    /// <summary>CDrugRed: mean per-visit F1.</summary>
    public const string F1 = "f1";

    /// <summary>CDrugRed: mean per-visit precision.</summary>
    public const string Precision = "precision";

    /// <summary>CDrugRed: mean per-visit recall.</summary>
    public const string Recall = "recall";

    /// <summary>ICD: mean of 0.5·main + 0.5·other, the ranking metric.</summary>
    public const string Acc = "acc";

    /// <summary>ICD: mean of main_i (primary code correct).</summary>
    public const string MainAccuracy = "main_accuracy";

    /// <summary>ICD: mean of other_i (recall of the additional codes, the official formula).</summary>
    public const string OtherRecall = "other_recall";

    /// <summary>ICD: mean per-record precision of the additional codes.</summary>
    public const string OtherPrecision = "other_precision";

    /// <summary>ICD: mean per-record F1 of the additional codes.</summary>
    public const string OtherF1 = "other_f1";
}
