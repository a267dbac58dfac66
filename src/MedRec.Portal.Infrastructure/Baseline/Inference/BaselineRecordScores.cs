namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>The model's probabilities for one record: one array per graph output, in the manifest's output order.</summary>
public sealed record BaselineRecordScores(string Id, IReadOnlyList<float[]> Outputs);
