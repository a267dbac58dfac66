using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Scoring.Tasks;

/// <summary>
/// What the scorer needs to know about a task: its kind, its label lists, the keys of its dataset records and the
/// metrics it reports. Create one with <see cref="CDrugRedTaskDefinition.Load(Stream)"/> (the candidate list is the
/// organiser's file) or use <see cref="IcdTaskDefinition.Instance"/> (its code lists are built in).
/// </summary>
public abstract class TaskDefinition
{
    /// <summary>Tolerance under which two metric values count as tied when ranking (docs/scoring-rules.md, Ranking).</summary>
    public const double TieEpsilon = ScoreComparer.TieEpsilon;

    private protected TaskDefinition()
    {
    }

    /// <summary>Which task this is.</summary>
    public abstract TaskKind Kind { get; }

    /// <summary>The task's name as shown to people.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The key of the record identifier in the task's dataset files (inputs and gold).</summary>
    public abstract string DatasetIdKey { get; }

    /// <summary>The metrics in display order; the first is the primary (ranking) metric.</summary>
    public abstract IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>
    /// The metric keys that order a leaderboard: the primary metric, then each tie-break (used when the previous ones
    /// differ by less than <see cref="TieEpsilon"/>). CDrugRed: score, f1, jaccard; ICD: acc, main_accuracy.
    /// The final tie-break, the earlier submission time, is the leaderboard's own.
    /// </summary>
    public abstract IReadOnlyList<string> RankingKeys { get; }

    /// <summary>
    /// The labels predictions are checked against and scored over, numbered in list order (CDrugRed: the candidate
    /// drugs; ICD: the additional codes). Built on first use.
    /// </summary>
    internal abstract Fast.Utf8Table LabelTable { get; }

    /// <summary>ICD: the primary codes, numbered in list order; null for tasks without a primary code.</summary>
    internal virtual Fast.Utf8Table? PrimaryTable => null;

    /// <summary>The key of the primary metric.</summary>
    public string PrimaryMetricKey => Metrics[0].Key;
}
