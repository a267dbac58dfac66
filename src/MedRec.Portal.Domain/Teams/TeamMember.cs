namespace MedRec.Portal.Domain.Teams;

/// <summary>
/// A person in a team. Carries the team's task id so the store can make (task, user) unique: that is what
/// enforces "one team per person per task" even when two joins race.
/// </summary>
public sealed class TeamMember
{
    private TeamMember()
    {
    }

    internal TeamMember(Guid teamId, Guid taskId, Guid userId, DateTime joinedAt)
    {
        TeamId = teamId;
        TaskId = taskId;
        UserId = userId;
        JoinedAt = joinedAt;
    }

    public Guid TeamId { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime JoinedAt { get; private set; }
}
