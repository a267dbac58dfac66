using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// One row of "My submissions" (and of an organiser's view of a team): when (UTC and the phase's zone), who,
/// status, metrics, whether it counted and why, the description, duplicate and final-selection flags.
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
    string FailureReason,
    string RejectionSummary,
    bool Counted,
    string CountingNote,
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
    int WarningCount);
