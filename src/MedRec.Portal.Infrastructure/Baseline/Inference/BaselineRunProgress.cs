namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>Progress of a run, reported after each batch.</summary>
/// <param name="Done">Records scored so far.</param>
/// <param name="Total">Records in the run.</param>
/// <param name="RecordsPerSecond">Throughput so far (wall clock since the run started).</param>
public sealed record BaselineRunProgress(int Done, int Total, double RecordsPerSecond);
