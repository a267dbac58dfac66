namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>How a run is batched.</summary>
public sealed record BaselineRunOptions
{
    /// <summary>Records per graph call: larger batches use the CPU's vector units better, smaller ones report progress more often.</summary>
    public int BatchSize { get; init; } = 32;
}
