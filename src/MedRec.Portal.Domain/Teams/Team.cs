using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Teams;

/// <summary>
/// A team competing in one task: members (one of them the leader), a size cap and invitation codes. A person
/// belongs to at most one team per task; the store enforces that with a unique (task, user) index on members.
/// </summary>
public sealed class Team : IVersioned
{
    /// <summary>The size cap shared tasks usually set.</summary>
    public const int DefaultMaxSize = 5;

    public const int MaxNameLength = 80;

    private readonly List<TeamMember> _members = [];
    private readonly List<TeamInvitation> _invitations = [];

    private Team()
    {
    }

    private Team(Guid id, Guid taskId, string name, string description, Guid leaderId, int maxSize, DateTime createdAt)
    {
        Id = id;
        TaskId = taskId;
        Name = name;
        Description = description;
        LeaderId = leaderId;
        MaxSize = maxSize;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        _members.Add(new TeamMember(id, taskId, leaderId, createdAt));
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid LeaderId { get; private set; }

    public int MaxSize { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<TeamMember> Members => _members;

    public IReadOnlyList<TeamInvitation> Invitations => _invitations;

    public bool IsFull => _members.Count >= MaxSize;

    /// <summary>Creates a team with its founder as leader and only member.</summary>
    public static Result<Team> Create(Guid id, Guid taskId, string name, string? description, Guid founderId, DateTime nowUtc, int maxSize = DefaultMaxSize)
    {
        var errors = ValidateName(name).ToList();
        if (maxSize < 1)
        {
            errors.Add(TeamRuleErrors.MaxSizeTooSmall.ForField(nameof(MaxSize), maxSize));
        }

        if ((description?.Length ?? 0) > 2000)
        {
            errors.Add(TeamRuleErrors.DescriptionTooLong.ForField(nameof(Description)));
        }

        return errors.Count > 0
            ? Result<Team>.Failure(errors)
            : new Team(id, taskId, name.Trim(), description?.Trim() ?? "", founderId, maxSize, Instants.RequireUtc(nowUtc, nameof(nowUtc)));
    }

    public static IReadOnlyList<Error> ValidateName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength
            ? [TeamRuleErrors.NameLength.ForField(nameof(Name), MaxNameLength)]
            : [];

    public bool IsMember(Guid userId) => _members.Exists(m => m.UserId == userId);

    public bool IsLeader(Guid userId) => LeaderId == userId;

    /// <summary>Why <paramref name="userId"/> cannot join now, or null if they can (seat free, not already in).</summary>
    public Error? CheckCanJoin(Guid userId)
    {
        if (IsMember(userId))
        {
            return TeamRuleErrors.AlreadyMember.With(Name);
        }

        return IsFull ? TeamRuleErrors.Full.With(Name, MaxSize) : null;
    }

    public void AddMember(Guid userId, DateTime nowUtc)
    {
        if (CheckCanJoin(userId) is { } error)
        {
            throw new DomainRuleException(error);
        }

        var now = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        _members.Add(new TeamMember(Id, TaskId, userId, now));
        MembershipChanged(now);
    }

    /// <summary>
    /// Why the member cannot leave, or null. A leader hands over leadership first, unless they are the last
    /// member (the team then has no members and use cases delete it).
    /// </summary>
    public Error? CheckCanLeave(Guid userId)
    {
        if (!IsMember(userId))
        {
            return TeamRuleErrors.NotMember.With(Name);
        }

        return IsLeader(userId) && _members.Count > 1
            ? TeamRuleErrors.LeaderCannotLeave.With()
            : null;
    }

    public void RemoveMember(Guid userId, DateTime nowUtc)
    {
        if (CheckCanLeave(userId) is { } error)
        {
            throw new DomainRuleException(error);
        }

        _members.RemoveAll(m => m.UserId == userId);
        MembershipChanged(Instants.RequireUtc(nowUtc, nameof(nowUtc)));
    }

    /// <summary>Why leadership cannot pass from <paramref name="actingUserId"/> to <paramref name="newLeaderId"/>, or null.</summary>
    public Error? CheckCanTransferLeadership(Guid actingUserId, Guid newLeaderId)
    {
        if (!IsLeader(actingUserId))
        {
            return TeamRuleErrors.OnlyLeaderTransfers.With();
        }

        if (!IsMember(newLeaderId))
        {
            return TeamRuleErrors.NewLeaderNotMember.ForField("NewLeaderId");
        }

        return newLeaderId == LeaderId ? TeamRuleErrors.AlreadyLeader.ForField("NewLeaderId") : null;
    }

    public void TransferLeadership(Guid actingUserId, Guid newLeaderId, DateTime nowUtc)
    {
        if (CheckCanTransferLeadership(actingUserId, newLeaderId) is { } error)
        {
            throw new DomainRuleException(error);
        }

        LeaderId = newLeaderId;
        MembershipChanged(Instants.RequireUtc(nowUtc, nameof(nowUtc)));
    }

    /// <summary>
    /// Member rows are children, so adding one would not touch the team row and two joins racing for the last
    /// seat would both pass. A new version makes the team row part of every membership change, and the store's
    /// version check then refuses the second of two concurrent changes.
    /// </summary>
    private void MembershipChanged(DateTime now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>Issues an invitation code valid for <paramref name="lifetime"/>.</summary>
    public TeamInvitation Invite(Guid invitationId, string code, Guid createdBy, DateTime nowUtc, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > TeamInvitation.MaxLifetime)
        {
            throw new DomainRuleException(TeamRuleErrors.InvitationLifetime.ForField(nameof(lifetime), TeamInvitation.MaxLifetime.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var now = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        var invitation = new TeamInvitation(invitationId, Id, code, createdBy, now, now + lifetime);
        _invitations.Add(invitation);
        return invitation;
    }
}
