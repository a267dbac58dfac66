namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>A finished run: the probabilities per record, the provider that computed them, and the timing.</summary>
public sealed record BaselineRunResult(
    IReadOnlyList<BaselineRecordScores> Scores,
    BaselineExecutionProvider Provider,
    TimeSpan Elapsed)
{
    /// <summary>Records per second over the whole run.</summary>
    public double RecordsPerSecond => Elapsed > TimeSpan.Zero ? Scores.Count / Elapsed.TotalSeconds : 0;
}
