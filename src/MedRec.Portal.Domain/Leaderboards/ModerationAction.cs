namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>What an organiser did to a team or a submission on a phase's board.</summary>
public enum ModerationAction
{
    /// <summary>Left out of the board (e.g. a test team); nothing is said publicly.</summary>
    Hide,

    /// <summary>Left out of the board for breaking the rules.</summary>
    Disqualify,

    /// <summary>A submission's metrics replaced by the organiser's values; its row is flagged as overridden.</summary>
    OverrideScore,

    /// <summary>A team's submissions shown as another team's (two registrations of one group).</summary>
    MergeIntoTeam,
}
