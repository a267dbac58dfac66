using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Metrics;

/// <summary>The score of a valid submission: overall metrics, per-record results and the scorer version.</summary>
/// <param name="Kind">The task.</param>
/// <param name="Metrics">The overall metrics in display order, primary first.</param>
/// <param name="Records">Per-record results in gold order.</param>
/// <param name="ScorerVersion">The <see cref="Scoring.ScorerVersion.Current"/> that produced the score.</param>
public sealed record ScoreResult(TaskKind Kind, MetricScores Metrics, IReadOnlyList<RecordResult> Records, string ScorerVersion);
