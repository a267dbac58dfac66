using MedRec.Portal.Domain.Scores;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// One row of a ranked board. <see cref="Rank"/> is null for baseline rows (placed by score, never numbered).
/// <see cref="TeamId"/> is null for baselines; <see cref="EntryId"/> is the representative submission's id (the
/// baseline's id for a baseline row).
/// </summary>
public sealed record BoardRow(
    int? Rank,
    Guid? TeamId,
    string Name,
    MetricScores Metrics,
    int SubmissionCount,
    Guid EntryId,
    DateTime SubmittedAt,
    bool IsBaseline,
    bool IsOverridden)
{
    /// <summary>The primary (ranking) metric's value.</summary>
    public double PrimaryScore => Metrics.Primary;
}
