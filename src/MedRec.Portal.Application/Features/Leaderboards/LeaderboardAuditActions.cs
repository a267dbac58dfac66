namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>The audit action names of the leaderboard use cases (stable: the audit page filters on them).</summary>
public static class LeaderboardAuditActions
{
    public const string FreezeScheduled = "board.freeze-scheduled";
    public const string Frozen = "board.frozen";
    public const string Released = "board.released";
    public const string OptionsChanged = "board.options-changed";
    public const string SnapshotTaken = "board.snapshot-taken";
    public const string Excluded = "board.excluded";
    public const string ScoreOverridden = "board.score-overridden";
    public const string TeamsMerged = "board.teams-merged";
    public const string ModerationRevoked = "board.moderation-revoked";
    public const string BaselineAdded = "board.baseline-added";
    public const string BaselineWithdrawn = "board.baseline-withdrawn";
    public const string Exported = "board.exported";
}
