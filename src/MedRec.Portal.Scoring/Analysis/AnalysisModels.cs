using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Analysis;

/// <summary>One entry to analyse: a name (a team, a file) and its scorer result on the phase's gold.</summary>
/// <param name="Name">Shown in the report; names need not be unique, the report keeps input order for ties.</param>
/// <param name="Result">The scorer's result: overall metrics and per-record results in gold order.</param>
public sealed record AnalysisEntry(string Name, ScoreResult Result);

/// <summary>Which label list a label belongs to.</summary>
public enum LabelKind
{
    /// <summary>A CDrugRed drug.</summary>
    Drug,

    /// <summary>An ICD primary-diagnosis code.</summary>
    Primary,

    /// <summary>An ICD additional-diagnosis code.</summary>
    Additional,
}

/// <summary>
/// How one label fared. Support: records whose gold has the label; Predicted: records (summed over entries when pooled)
/// that predict it; TruePositives: both. Precision = TP / Predicted, Recall = TP / (Support · entries), F1 their
/// harmonic mean; each is 0 when its denominator is 0.
/// </summary>
public sealed record LabelStatistics(string Label, LabelKind Kind, int Support, int Predicted, int TruePositives, double Precision, double Recall, double F1);

/// <summary>One entry's line of the report, in rank order.</summary>
/// <param name="Name">The entry's name.</param>
/// <param name="InputIndex">Its position in the analyser's input.</param>
/// <param name="Score">The primary metric exactly as the scorer computed it.</param>
/// <param name="CiLow">Lower end of the percentile bootstrap interval (coverage 1 − α).</param>
/// <param name="CiHigh">Upper end of the interval.</param>
/// <param name="Rank">Competition rank (1, 2, 2, 4): entries the ranking rule cannot tell apart share a rank.</param>
/// <param name="Band">Significance band, 1 for the top (docs/analysis.md).</param>
/// <param name="Labels">Per-label figures of this entry, in the report's label order.</param>
public sealed record EntryAnalysis(string Name, int InputIndex, double Score, double CiLow, double CiHigh, int Rank, int Band, IReadOnlyList<LabelStatistics> Labels);

/// <summary>The paired test between two entries, A ranked above (or level with) B.</summary>
/// <param name="A">The higher-ranked entry's name.</param>
/// <param name="B">The lower-ranked entry's name.</param>
/// <param name="PositionA">A's 0-based position in <see cref="AnalysisReport.Entries"/>.</param>
/// <param name="PositionB">B's position; greater than <paramref name="PositionA"/>.</param>
/// <param name="Difference">Score(A) − Score(B) from the scorer's scores.</param>
/// <param name="PValue">Two-sided paired bootstrap p-value (docs/analysis.md).</param>
public sealed record PairComparison(string A, string B, int PositionA, int PositionB, double Difference, double PValue);

/// <summary>A record and how the entries did on it (the primary metric's per-record value).</summary>
public sealed record HardRecord(string Id, double MeanScore, double BestScore);

/// <summary>The results analysis of a phase: intervals, paired tests, bands, per-label figures, hardest records.</summary>
public sealed class AnalysisReport
{
    internal AnalysisReport(
        TaskKind task,
        string metricKey,
        int records,
        AnalysisOptions options,
        IReadOnlyList<EntryAnalysis> entries,
        IReadOnlyList<PairComparison> pairs,
        IReadOnlyList<LabelStatistics> pooledLabels,
        IReadOnlyList<HardRecord> hardest)
    {
        Task = task;
        MetricKey = metricKey;
        Records = records;
        Options = options;
        Entries = entries;
        Pairs = pairs;
        PooledLabels = pooledLabels;
        Hardest = hardest;
    }

    /// <summary>The task.</summary>
    public TaskKind Task { get; }

    /// <summary>The primary metric the intervals and tests are about.</summary>
    public string MetricKey { get; }

    /// <summary>Records per entry (the gold's size).</summary>
    public int Records { get; }

    /// <summary>The resampling settings used.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The entries in rank order.</summary>
    public IReadOnlyList<EntryAnalysis> Entries { get; }

    /// <summary>Every pair of entries, ordered by A's then B's position (so adjacent ranks are easy to pick out).</summary>
    public IReadOnlyList<PairComparison> Pairs { get; }

    /// <summary>Per-label figures pooled over every entry.</summary>
    public IReadOnlyList<LabelStatistics> PooledLabels { get; }

    /// <summary>The records with the lowest mean score over entries, hardest first.</summary>
    public IReadOnlyList<HardRecord> Hardest { get; }

    /// <summary>The test between the entries at positions <paramref name="a"/> and <paramref name="b"/> (either order).</summary>
    public PairComparison Pair(int a, int b)
    {
        var (i, j) = a < b ? (a, b) : (b, a);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, Entries.Count);
        if (i == j)
        {
            throw new ArgumentException("An entry is not compared with itself.", nameof(b));
        }

        return Pairs[PairIndex(i, j, Entries.Count)];
    }

    /// <summary>The tests between neighbours in rank order (positions 0–1, 1–2, …).</summary>
    public IEnumerable<PairComparison> AdjacentPairs() => Enumerable.Range(0, Math.Max(0, Entries.Count - 1)).Select(i => Pair(i, i + 1));

    // Row-major upper triangle without the diagonal.
    internal static int PairIndex(int i, int j, int count) => (i * ((2 * count) - i - 1) / 2) + (j - i - 1);
}
