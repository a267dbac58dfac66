namespace MedRec.Portal.Scoring.Analysis;

/// <summary>
/// The bootstrap's resamples: resample b draws n record indices uniformly with replacement from its own SplitMix64
/// stream, seeded from (seed, b). The generator is written out here rather than taken from <see cref="Random"/> so
/// that a seed gives the same indices on every .NET version and machine, and each resample can be drawn on any thread
/// in any order. Every entry of an analysis is evaluated on the same resamples, which makes the tests paired.
/// </summary>
public sealed class BootstrapSampler
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;
    private readonly ulong _seed;

    /// <summary>A sampler for <paramref name="records"/> records.</summary>
    public BootstrapSampler(int seed, int records)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        _seed = Mix(unchecked((ulong)(uint)seed * Gamma));
        Records = records;
    }

    /// <summary>The number of records each resample draws (and draws from).</summary>
    public int Records { get; }

    /// <summary>Writes resample <paramref name="resample"/>'s record indices, in draw order.</summary>
    public void Indices(int resample, Span<int> indices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resample);
        ArgumentOutOfRangeException.ThrowIfNotEqual(indices.Length, Records);
        var state = StreamStart(resample);
        for (var k = 0; k < indices.Length; k++)
        {
            indices[k] = NextIndex(ref state);
        }
    }

    /// <summary>Writes how often resample <paramref name="resample"/> draws each record (the counts sum to n).</summary>
    public void Counts(int resample, Span<int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resample);
        ArgumentOutOfRangeException.ThrowIfNotEqual(counts.Length, Records);
        counts.Clear();
        var state = StreamStart(resample);
        for (var k = 0; k < counts.Length; k++)
        {
            counts[NextIndex(ref state)]++;
        }
    }

    private ulong StreamStart(int resample) => Mix(_seed ^ Mix(unchecked(((ulong)resample + 1) * 0xD1B54A32D192ED03)));

    // Lemire's unbiased bounded integer: multiply-shift, rejecting the few low products that would bias it.
    private int NextIndex(ref ulong state)
    {
        var bound = (ulong)Records;
        var product = (UInt128)Next(ref state) * bound;
        if ((ulong)product < bound)
        {
            var threshold = (0 - bound) % bound;
            while ((ulong)product < threshold)
            {
                product = (UInt128)Next(ref state) * bound;
            }
        }

        return (int)(ulong)(product >> 64);
    }

    private static ulong Next(ref ulong state)
    {
        state = unchecked(state + Gamma);
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}
