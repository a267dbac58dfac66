using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Submissions;

namespace MedRec.Portal.Application.Features.Submissions.Rescore;

/// <summary>
/// Old and new score of one submission, side by side, before an organiser publishes the new one, with its team's
/// rank on the live board now (<see cref="OldRank"/>) and once the re-score is published (<see cref="NewRank"/>);
/// a rank is null where the team has no row on that board (no score, hidden or disqualified).
/// </summary>
public sealed record RescoreComparison(
    Guid SubmissionId,
    Guid TeamId,
    string TeamName,
    DateTime SubmittedAtUtc,
    SubmissionStatus Status,
    double? OldPrimaryScore,
    IReadOnlyList<MetricScore> OldMetrics,
    string? OldScorerVersion,
    double? NewPrimaryScore,
    IReadOnlyList<MetricScore> NewMetrics,
    string? NewScorerVersion,
    string NewFailure,
    int? OldRank,
    int? NewRank)
{
    /// <summary>Whether publishing would change the primary metric (beyond the ranking tie tolerance).</summary>
    public bool PrimaryChanged => OldPrimaryScore is null != NewPrimaryScore is null
        || (OldPrimaryScore is { } before && NewPrimaryScore is { } after && Math.Abs(before - after) >= MedRec.Portal.Scoring.Tasks.TaskDefinition.TieEpsilon);
}
