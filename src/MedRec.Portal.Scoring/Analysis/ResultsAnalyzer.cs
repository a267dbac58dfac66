using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Analysis;

/// <summary>
/// Analyses the scored entries of one phase (docs/analysis.md): ranks them by the task's ranking rule, gives each a
/// percentile bootstrap interval of the primary metric, tests every pair with a paired bootstrap, groups the ranking
/// into significance bands, tallies every label, and lists the hardest records. Everything is computed from the
/// scorer's per-record results: the files are never re-scored, and every entry is evaluated on the same resamples.
/// </summary>
public static class ResultsAnalyzer
{
    /// <summary>Analyses <paramref name="entries"/> with seeded resamples.</summary>
    /// <param name="task">The task the entries were scored for (its label lists order the per-label tables).</param>
    /// <param name="entries">At least one entry, all scored against the same gold (same records in the same order).</param>
    /// <param name="options">Resampling settings; null for <see cref="AnalysisOptions.Default"/>.</param>
    /// <param name="progress">Receives the fraction of resamples done, 0 to 1 (from any thread).</param>
    /// <param name="cancellationToken">Stops the resampling.</param>
    /// <exception cref="ArgumentException">No entries, an entry of another task, or entries scored on different records.</exception>
    public static AnalysisReport Analyze(
        TaskDefinition task,
        IReadOnlyList<AnalysisEntry> entries,
        AnalysisOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= AnalysisOptions.Default;
        options.Validate();
        var records = CheckEntries(task, entries);
        var source = new SeededResamples(new BootstrapSampler(options.Seed, records), options.Resamples);
        return Analyze(task, entries, options, source, progress, cancellationToken);
    }

    internal static AnalysisReport Analyze(
        TaskDefinition task,
        IReadOnlyList<AnalysisEntry> entries,
        AnalysisOptions options,
        IResampleSource source,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var records = CheckEntries(task, entries);
        var order = RankOrder(task, entries);
        var count = order.Length;
        var scores = new double[records * count];
        for (var position = 0; position < count; position++)
        {
            var perRecord = entries[order[position]].Result.Records;
            for (var i = 0; i < records; i++)
            {
                scores[(i * count) + position] = perRecord[i].Metrics.Primary;
            }
        }

        var step = Math.Max(1, source.Count / 100);
        Action<int>? report = progress is null ? null : done =>
        {
            if (done % step == 0 || done == source.Count)
            {
                progress.Report((double)done / source.Count);
            }
        };
        var means = BootstrapMeans.Compute(scores, records, count, source, report, cancellationToken);
        var observed = order.Select(index => entries[index].Result.Metrics.Primary).ToArray();
        var pairs = Pairs(entries, order, observed, means);
        var bands = SignificanceBands.Assign(count, (a, b) => pairs[AnalysisReport.PairIndex(a, b, count)].PValue, options.Alpha);
        var ranks = Ranks(task, entries, order);
        var labels = LabelTally.Count(task, entries);
        var analysed = new EntryAnalysis[count];
        for (var position = 0; position < count; position++)
        {
            var (low, high) = Interval(means.Of(position), observed[position], options.Alpha);
            var index = order[position];
            analysed[position] = new EntryAnalysis(entries[index].Name, index, observed[position], low, high, ranks[position], bands[position], labels.ForEntry(index));
        }

        return new AnalysisReport(task.Kind, task.PrimaryMetricKey, records, options, analysed, pairs, labels.Pooled(), Hardest(entries, scores, count, options.HardestRecords));
    }

    private static int CheckEntries(TaskDefinition task, IReadOnlyList<AnalysisEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            throw new ArgumentException("There is nothing to analyse: give at least one scored entry.", nameof(entries));
        }

        var first = entries[0].Result.Records;
        foreach (var entry in entries)
        {
            if (entry.Result.Kind != task.Kind)
            {
                throw new ArgumentException($"Entry \"{entry.Name}\" was scored for {entry.Result.Kind}, the task is {task.Kind}.", nameof(entries));
            }

            var records = entry.Result.Records;
            if (records.Count != first.Count)
            {
                throw new ArgumentException($"Entry \"{entry.Name}\" has {records.Count} records, \"{entries[0].Name}\" has {first.Count}: entries must be scored on the same gold.", nameof(entries));
            }

            for (var i = 0; i < records.Count; i++)
            {
                if (!string.Equals(records[i].Id, first[i].Id, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Entry \"{entry.Name}\" has record \"{records[i].Id}\" where \"{entries[0].Name}\" has \"{first[i].Id}\" (position {i + 1}): entries must be scored on the same gold.", nameof(entries));
                }
            }
        }

        return first.Count > 0 ? first.Count : throw new ArgumentException("The entries have no records.", nameof(entries));
    }

    // Best first by the task's ranking keys; entries the rule cannot separate keep their input order (the portal
    // passes its board order, whose last tie-break is the earlier submission).
    private static int[] RankOrder(TaskDefinition task, IReadOnlyList<AnalysisEntry> entries)
    {
        var comparer = new ScoreComparer(task.RankingKeys);
        return [.. Enumerable.Range(0, entries.Count).OrderBy(i => entries[i].Result.Metrics, comparer)];
    }

    private static int[] Ranks(TaskDefinition task, IReadOnlyList<AnalysisEntry> entries, int[] order)
    {
        var comparer = new ScoreComparer(task.RankingKeys);
        var ranks = new int[order.Length];
        for (var position = 0; position < order.Length; position++)
        {
            var tied = position > 0 && comparer.Compare(entries[order[position - 1]].Result.Metrics, entries[order[position]].Result.Metrics) == 0;
            ranks[position] = tied ? ranks[position - 1] : position + 1;
        }

        return ranks;
    }

    // Percentile interval of the resample means, widened to the scorer's score where rounding leaves it a hair outside
    // (e.g. every record scoring the same: the resample sums differ from the scorer's in the last bit).
    private static (double Low, double High) Interval(ReadOnlySpan<double> resampleMeans, double score, double alpha)
    {
        var sorted = resampleMeans.ToArray();
        Array.Sort(sorted);
        var low = Percentile.OfSorted(sorted, alpha / 2);
        var high = Percentile.OfSorted(sorted, 1 - (alpha / 2));
        return (Math.Min(low, score), Math.Max(high, score));
    }

    // Paired bootstrap, two-sided: d*_b = mean_A(b) − mean_B(b) on the shared resamples;
    // p = min(1, 2 · (1 + min(#{d* ≤ 0}, #{d* ≥ 0})) / (B + 1)).
    private static PairComparison[] Pairs(IReadOnlyList<AnalysisEntry> entries, int[] order, double[] observed, BootstrapMeans means)
    {
        var count = order.Length;
        var pairs = new PairComparison[count * (count - 1) / 2];
        var resamples = means.Resamples;
        Parallel.For(0, count, a =>
        {
            var meansA = means.Of(a);
            for (var b = a + 1; b < count; b++)
            {
                var meansB = means.Of(b);
                int notAbove = 0, notBelow = 0;
                for (var r = 0; r < resamples; r++)
                {
                    var d = meansA[r] - meansB[r];
                    notAbove += d <= 0 ? 1 : 0;
                    notBelow += d >= 0 ? 1 : 0;
                }

                var p = Math.Min(1.0, 2.0 * (1 + Math.Min(notAbove, notBelow)) / (resamples + 1));
                pairs[AnalysisReport.PairIndex(a, b, count)] = new PairComparison(entries[order[a]].Name, entries[order[b]].Name, a, b, observed[a] - observed[b], p);
            }
        });
        return pairs;
    }

    private static HardRecord[] Hardest(IReadOnlyList<AnalysisEntry> entries, double[] scores, int count, int take)
    {
        var records = entries[0].Result.Records;
        var hardest = new HardRecord[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var row = scores.AsSpan(i * count, count);
            double sum = 0, best = double.NegativeInfinity;
            foreach (var value in row)
            {
                sum += value;
                best = Math.Max(best, value);
            }

            hardest[i] = new HardRecord(records[i].Id, sum / count, best);
        }

        return [.. hardest.OrderBy(r => r.MeanScore).ThenBy(r => r.Id, StringComparer.Ordinal).Take(take)];
    }
}
