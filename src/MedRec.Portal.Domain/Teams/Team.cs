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

    /// <summary>The team this one was merged into by an organiser (it then has no members and takes no part); null otherwise.</summary>
    public Guid? MergedIntoTeamId { get; private set; }

    /// <summary>When it was merged.</summary>
    public DateTime? MergedAt { get; private set; }

    public bool IsMerged => MergedIntoTeamId is not null;

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

    /// <summary>Whether the user leads the team; nobody leads a merged team (its former leader is in the merged one).</summary>
    public bool IsLeader(Guid userId) => !IsMerged && LeaderId == userId;

    /// <summary>Why <paramref name="userId"/> cannot join now, or null if they can (seat free, not already in).</summary>
    public Error? CheckCanJoin(Guid userId)
    {
        if (IsMember(userId))
        {
            return TeamRuleErrors.AlreadyMember.With(Name);
        }

        if (IsMerged)
        {
            return TeamRuleErrors.Merged.With(Name);
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

    /// <summary>
    /// Why <paramref name="source"/> cannot be merged into this team, or null: both of one task, this team not
    /// merged, the source not merged elsewhere (again into this team is a sweep), and their members together within
    /// this team's size cap. Quotas are checked by
    /// <see cref="TeamMergeQuota"/> (they need the phases' slots).
    /// </summary>
    public Error? CheckCanAbsorb(Team source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Id == Id)
        {
            return TeamRuleErrors.MergeIntoItself.ForField("SourceTeamId");
        }

        if (source.TaskId != TaskId)
        {
            return TeamRuleErrors.MergeDifferentTasks.ForField("SourceTeamId", source.Name, Name);
        }

        if (IsMerged)
        {
            return TeamRuleErrors.MergeTargetMerged.With(Name);
        }

        // Merging again into the same team is allowed: it sweeps up an upload that was in flight during the merge.
        if (source.IsMerged && source.MergedIntoTeamId != Id)
        {
            return TeamRuleErrors.SourceAlreadyMerged.With(source.Name, source.MergedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }

        var combined = _members.Count + source._members.Count(m => !IsMember(m.UserId));
        return combined > MaxSize
            ? TeamRuleErrors.MergeTooManyMembers.ForField("Members", source.Name, source._members.Count, Name, _members.Count, combined, MaxSize)
            : null;
    }

    /// <summary>
    /// Merges <paramref name="source"/> into this team: its members join this one (keeping when they first joined),
    /// this team keeps its name and leader, and the source is marked merged, emptied, and its invitations revoked.
    /// Submissions and quota rows are moved by the use case. Both teams get a new version, so a join racing the
    /// merge fails instead of slipping into the emptied team.
    /// </summary>
    public void Absorb(Team source, DateTime nowUtc)
    {
        if (CheckCanAbsorb(source) is { } error)
        {
            throw new DomainRuleException(error);
        }

        var now = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        foreach (var member in source._members)
        {
            _members.Add(new TeamMember(Id, TaskId, member.UserId, member.JoinedAt));
        }

        source._members.Clear();
        foreach (var invitation in source._invitations)
        {
            invitation.Revoke(now);
        }

        source.MergedIntoTeamId = Id;
        source.MergedAt ??= now;
        source.MembershipChanged(now);
        MembershipChanged(now);
    }

    /// <summary>
    /// Why the merge of <paramref name="source"/> into this team cannot be undone, or null. <paramref name="movedUserIds"/>
    /// are the people the merge(s) brought over; those still in this team go back. Refused when the source is not
    /// merged into this team, when this team was merged on since (its members are elsewhere now), when nobody of the
    /// source is left here (the source would have no members), or when this team's leader came from the source (this
    /// team would lose its leader: the leader hands over first).
    /// </summary>
    public Error? CheckCanRelease(Team source, IReadOnlyCollection<Guid> movedUserIds)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(movedUserIds);
        if (source.MergedIntoTeamId != Id)
        {
            return TeamRuleErrors.UnmergeNotMergedHere.With(source.Name, Name);
        }

        if (IsMerged)
        {
            return TeamRuleErrors.UnmergeTargetMerged.With(Name, source.Name);
        }

        if (!movedUserIds.Any(IsMember))
        {
            return TeamRuleErrors.UnmergeNobodyLeft.With(movedUserIds.Count, source.Name, Name);
        }

        return movedUserIds.Contains(LeaderId)
            ? TeamRuleErrors.UnmergeLeaderFromSource.With(Name, source.Name)
            : null;
    }

    /// <summary>
    /// Undoes <see cref="Absorb"/>: the moved people still in this team go back to <paramref name="source"/> with when
    /// they had first joined it (those who left this team since stay where they are now), the source leads itself
    /// again (its old leader if back, otherwise the earliest-joined of those back) and is no longer merged. Its
    /// invitations stay revoked. Both teams get a new version, so a join or leave racing the undo fails.
    /// Returns the people who went back.
    /// </summary>
    public IReadOnlyList<Guid> Release(Team source, IReadOnlyList<(Guid UserId, DateTime JoinedAt)> movedMembers, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(movedMembers);
        if (CheckCanRelease(source, movedMembers.Select(m => m.UserId).ToList()) is { } error)
        {
            throw new DomainRuleException(error);
        }

        var now = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        var back = movedMembers.Where(m => IsMember(m.UserId)).DistinctBy(m => m.UserId).OrderBy(m => m.JoinedAt).ToList();
        foreach (var (userId, joinedAt) in back)
        {
            _members.RemoveAll(m => m.UserId == userId);
            source._members.Add(new TeamMember(source.Id, TaskId, userId, joinedAt));
        }

        if (!source.IsMember(source.LeaderId))
        {
            source.LeaderId = back[0].UserId;
        }

        source.MergedIntoTeamId = null;
        source.MergedAt = null;
        source.MembershipChanged(now);
        MembershipChanged(now);
        return back.Select(m => m.UserId).ToList();
    }

    /// <summary>Issues an invitation code valid for <paramref name="lifetime"/>.</summary>
    public TeamInvitation Invite(Guid invitationId, string code, Guid createdBy, DateTime nowUtc, TimeSpan lifetime)
    {
        if (IsMerged)
        {
            throw new DomainRuleException(TeamRuleErrors.MergedNoInvitations.With(Name));
        }

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
