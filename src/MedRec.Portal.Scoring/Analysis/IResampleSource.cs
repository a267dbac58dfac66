namespace MedRec.Portal.Scoring.Analysis;

/// <summary>Where the bootstrap's resamples come from: seeded in production, fixed by hand in tests.</summary>
internal interface IResampleSource
{
    /// <summary>How many resamples there are.</summary>
    int Count { get; }

    /// <summary>Writes how often resample <paramref name="resample"/> draws each record.</summary>
    void Counts(int resample, Span<int> counts);
}

/// <summary>The seeded resamples of <see cref="BootstrapSampler"/>.</summary>
internal sealed class SeededResamples(BootstrapSampler sampler, int count) : IResampleSource
{
    public int Count => count;

    public void Counts(int resample, Span<int> counts) => sampler.Counts(resample, counts);
}

/// <summary>Resamples given as explicit record indices (hand-computed test cases).</summary>
internal sealed class FixedResamples(IReadOnlyList<int[]> indices) : IResampleSource
{
    public int Count => indices.Count;

    public void Counts(int resample, Span<int> counts)
    {
        counts.Clear();
        foreach (var index in indices[resample])
        {
            counts[index]++;
        }
    }
}
