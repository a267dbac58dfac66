namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>
/// A phase board's state for pages and for the submissions side. <see cref="HidesOwnScores"/> tells "My submissions"
/// to hide a team's new scores (scored after <see cref="FrozenAt"/>) from participants while the board is frozen.
/// </summary>
public sealed record BoardStatus(
    Guid PhaseId,
    bool IsVisibleToParticipants,
    bool IsFrozen,
    DateTime? FrozenAt,
    DateTime? FreezeScheduledAt,
    bool HideOwnScoresWhileFrozen,
    bool PublishHourly,
    DateTime? HourlySnapshotAt)
{
    public bool HidesOwnScores => IsFrozen && HideOwnScoresWhileFrozen;

    /// <summary>Whether a participant may see the score of a submission scored at <paramref name="scoredAtUtc"/>.</summary>
    public bool ShowsOwnScore(DateTime? scoredAtUtc) => !HidesOwnScores || (scoredAtUtc is { } at && at <= FrozenAt);
}
