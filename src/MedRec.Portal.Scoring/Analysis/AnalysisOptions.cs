namespace MedRec.Portal.Scoring.Analysis;

/// <summary>How a results analysis resamples and decides significance (docs/analysis.md).</summary>
public sealed record AnalysisOptions
{
    /// <summary>The seed used when none is given: analyses are reproducible by default.</summary>
    public const int DefaultSeed = 2025;

    /// <summary>The number of bootstrap resamples used when none is given.</summary>
    public const int DefaultResamples = 1_000;

    /// <summary>The most resamples an analysis accepts (bounds memory: entries × resamples doubles).</summary>
    public const int MaxResamples = 100_000;

    /// <summary>The official settings: 1,000 resamples, seed 2025, 95% intervals, significance at 0.05.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Bootstrap resamples of the records (each draws n records with replacement).</summary>
    public int Resamples { get; init; } = DefaultResamples;

    /// <summary>Seeds the resampling; the same seed, records and resample count give the same indices.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Significance level of the paired test and 1 − the interval's coverage (0.05: 95% intervals).</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>How many of the hardest records the report keeps (lowest mean score over entries first).</summary>
    public int HardestRecords { get; init; } = 50;

    /// <summary>Checks the settings, naming the one that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its documented range.</exception>
    public void Validate()
    {
        if (Resamples < 1 || Resamples > MaxResamples)
        {
            throw new ArgumentOutOfRangeException(nameof(Resamples), Resamples, $"The number of resamples must be between 1 and {MaxResamples:N0}.");
        }

        if (!(Alpha > 0 && Alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "The significance level must be strictly between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(HardestRecords);
    }
}
