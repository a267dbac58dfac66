namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>What a <see cref="BoardModeration"/> applies to.</summary>
public enum ModerationTarget
{
    Team,
    Submission,
}
