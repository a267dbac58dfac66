using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>Errors the leaderboard use cases return, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class LeaderboardErrors
{
    public static readonly ErrorMessage PhaseNotFoundMessage = new("board.phase-not-found", ErrorCodes.NotFound, "The phase was not found.");
    public static readonly ErrorMessage NotReleasedMessage = new("board.not-released", ErrorCodes.Forbidden, "This phase's leaderboard is not public yet; the organisers will release it.");
    public static readonly ErrorMessage SnapshotNotFoundMessage = new("board.snapshot-not-found", ErrorCodes.NotFound, "The leaderboard snapshot was not found.");
    public static readonly ErrorMessage UnknownSortMessage = new("board.unknown-sort", ErrorCodes.Validation, "Cannot sort by \"{0}\"; use one of: rank, team, submissions, time, {1}.");
    public static readonly ErrorMessage NothingToRelease = new("board.nothing-to-release", ErrorCodes.Conflict, "The board is already public and live; there is nothing to release.");
    public static readonly ErrorMessage FreezeInstantNotUtc = new("board.freeze-instant-not-utc", ErrorCodes.Validation, "Give the freeze instant in UTC.");
    public static readonly ErrorMessage TargetTeamNotFound = new("board.target-team-not-found", ErrorCodes.NotFound, "The team (in this phase's task) was not found.");
    public static readonly ErrorMessage TargetSubmissionNotFound = new("board.target-submission-not-found", ErrorCodes.NotFound, "The submission (in this phase) was not found.");
    public static readonly ErrorMessage ModerationNotFound = new("board.moderation-not-found", ErrorCodes.NotFound, "The moderation was not found.");
    public static readonly ErrorMessage SubmissionNotFound = new("board.submission-not-found", ErrorCodes.NotFound, "The submission was not found.");
    public static readonly ErrorMessage OverrideOnlyScored = new("board.override-only-scored", ErrorCodes.Conflict, "Only scored submissions can have their score overridden; this one is {0}.");
    public static readonly ErrorMessage OverrideNoMetric = new("board.override-no-metric", ErrorCodes.Validation, "Give at least one metric value; the task's metrics are: {0}.");
    public static readonly ErrorMessage OverrideUnknownMetric = new("board.override-unknown-metric", ErrorCodes.Validation, "\"{0}\" is not a metric of this task; use one of: {1}.");
    public static readonly ErrorMessage OverrideValueRange = new("board.override-value-range", ErrorCodes.Validation, "The value of \"{0}\" must be a number from 0 to 1 (was {1}).");
    public static readonly ErrorMessage TeamAlreadyExcluded = new("board.team-already-excluded", ErrorCodes.Conflict, "This team is already hidden or disqualified on this board; revoke that first to change it.");
    public static readonly ErrorMessage SubmissionAlreadyExcluded = new("board.submission-already-excluded", ErrorCodes.Conflict, "This submission is already hidden or disqualified on this board; revoke that first to change it.");
    public static readonly ErrorMessage ScoreHistoryForbidden = new("board.score-history-forbidden", ErrorCodes.Forbidden, "Only the team's members and the organisers can see a team's score history.");

    public static Error PhaseNotFound { get; } = PhaseNotFoundMessage.With();

    public static Error NotReleased { get; } = NotReleasedMessage.With();

    public static Error SnapshotNotFound { get; } = SnapshotNotFoundMessage.With();

    public static Error UnknownSort(string key, IEnumerable<string> valid) =>
        UnknownSortMessage.ForField("SortBy", key, string.Join(", ", valid));
}
