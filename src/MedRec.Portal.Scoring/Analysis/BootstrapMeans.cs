using System.Numerics;

namespace MedRec.Portal.Scoring.Analysis;

/// <summary>
/// The mean per-record score of every entry on every resample, computed from the per-record scores alone (files are
/// never re-scored). A resample is a count per record, so its mean for all entries at once is one pass over the
/// records: acc[e] += count[i] · score[i, e], vectorised over entries. Each resample is summed in record order on one
/// thread, so the result does not depend on scheduling, and two entries with identical per-record scores get
/// bit-identical resample means.
/// </summary>
internal sealed class BootstrapMeans
{
    private readonly double[] _means;

    private BootstrapMeans(int entries, int resamples, double[] means)
    {
        Entries = entries;
        Resamples = resamples;
        _means = means;
    }

    public int Entries { get; }

    public int Resamples { get; }

    /// <summary>Entry <paramref name="entry"/>'s mean on each resample.</summary>
    public ReadOnlySpan<double> Of(int entry) => _means.AsSpan(entry * Resamples, Resamples);

    /// <param name="scores">Record-major per-record scores: scores[i · entries + e].</param>
    /// <param name="records">n.</param>
    /// <param name="entries">E.</param>
    /// <param name="source">The resamples.</param>
    /// <param name="progress">Receives the number of resamples done so far (from any thread).</param>
    /// <param name="cancellationToken">Stops between resamples.</param>
    public static BootstrapMeans Compute(double[] scores, int records, int entries, IResampleSource source, Action<int>? progress, CancellationToken cancellationToken)
    {
        var resamples = source.Count;
        var means = new double[entries * resamples];
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(
            0,
            resamples,
            parallel,
            () => (Counts: new int[records], Sums: new double[entries]),
            (b, _, buffers) =>
            {
                source.Counts(b, buffers.Counts);
                Accumulate(scores, buffers.Counts, buffers.Sums);
                for (var e = 0; e < entries; e++)
                {
                    means[(e * resamples) + b] = buffers.Sums[e] / records;
                }

                progress?.Invoke(Interlocked.Increment(ref done));
                return buffers;
            },
            _ => { });
        return new BootstrapMeans(entries, resamples, means);
    }

    private static void Accumulate(double[] scores, int[] counts, double[] sums)
    {
        var entries = sums.Length;
        Array.Clear(sums);
        var width = Vector<double>.Count;
        var vectorEnd = entries - (entries % width);
        for (var i = 0; i < counts.Length; i++)
        {
            var count = counts[i];
            if (count == 0)
            {
                continue;
            }

            var row = scores.AsSpan(i * entries, entries);
            var factor = new Vector<double>(count);
            var e = 0;
            for (; e < vectorEnd; e += width)
            {
                var sum = new Vector<double>(sums.AsSpan(e, width)) + (factor * new Vector<double>(row.Slice(e, width)));
                sum.CopyTo(sums.AsSpan(e, width));
            }

            for (; e < entries; e++)
            {
                sums[e] += count * row[e];
            }
        }
    }
}
