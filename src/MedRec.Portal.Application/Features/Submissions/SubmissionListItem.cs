using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// One row of "My submissions" (and of an organiser's view of a team): when (UTC and the phase's zone), who,
/// status, metrics, whether it counted and why, the description, duplicate and final-selection flags.
/// <see cref="ScoreHidden"/>: the board is frozen with "hide own scores" on, so a participant sees the status but
/// not the metrics of a submission scored after the freeze (organisers always see them).
/// <see cref="FirstError"/>: a rejected file's first error, for pages that word it in the reader's language (null when
/// the report has a format hint instead, which <see cref="RejectionSummary"/> then gives).
/// </summary>
public sealed record SubmissionListItem(
    Guid Id,
    Guid PhaseId,
    Guid TeamId,
    string SubmittedBy,
    DateTime SubmittedAtUtc,
    DateTime SubmittedAtPhaseLocal,
    string TimeZoneId,
    DateOnly QuotaDay,
    SubmissionStatus Status,
    Note FailureReason,
    string RejectionSummary,
    bool Counted,
    Note CountingNote,
    string Description,
    string FileName,
    long ByteCount,
    string Sha256,
    Guid? DuplicateOfSubmissionId,
    double? PrimaryScore,
    IReadOnlyList<MetricScore> Metrics,
    string? ScorerVersion,
    DateTime? ScoredAtUtc,
    bool IsSelectedForFinal,
    int ErrorCount,
    int WarningCount,
    bool ScoreHidden = false,
    SubmissionIssue? FirstError = null)
{
    /// <summary>The row with its score taken out, for participants while the board hides new scores.</summary>
    public SubmissionListItem WithoutScore() => this with { PrimaryScore = null, Metrics = [], ScoreHidden = true };
}
