namespace MedRec.Portal.Infrastructure.Baseline.Decoding;

/// <summary>A decoded ICD prediction: the record, its primary code and its additional codes (most probable first).</summary>
public sealed record IcdBaselinePrediction(string Id, string Primary, IReadOnlyList<string> Additional);
