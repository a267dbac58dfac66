namespace MedRec.Portal.Scoring.Metrics;

/// <summary>How one record (a visit or a medical record) scored, for inspecting a submission record by record.</summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="RecordNumber">1-based position of the record in the submission file.</param>
/// <param name="Metrics">The per-record values of the task's metrics (each overall metric is their mean).</param>
/// <param name="GoldLabels">Gold drugs (CDrugRed) or gold additional codes (ICD).</param>
/// <param name="PredictedLabels">Predicted drugs (CDrugRed) or predicted additional codes (ICD).</param>
/// <param name="GoldPrimaryCode">ICD: the gold primary code; null for CDrugRed.</param>
/// <param name="PredictedPrimaryCode">ICD: the predicted primary code; null for CDrugRed.</param>
public sealed record RecordResult(
    string Id,
    int RecordNumber,
    MetricScores Metrics,
    IReadOnlyCollection<string> GoldLabels,
    IReadOnlyCollection<string> PredictedLabels,
    string? GoldPrimaryCode = null,
    string? PredictedPrimaryCode = null);
