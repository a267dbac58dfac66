using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Teams;

/// <summary>
/// What one merge of team B (source) into team A (target) moved, kept so that the merge can be undone exactly: the
/// members with when they had joined B, the submissions, the quota slots with the numbers they had in B, and the
/// ledger entries. One record per merge (merging B into A again sweeps up a late upload and adds a second record).
/// Undoing stamps the record; it is never deleted, so the history stays readable beside the audit log.
/// See docs/decisions/011-team-merge.md.
/// </summary>
public sealed class TeamMerge
{
    public const int MaxReasonLength = 500;

    private readonly List<TeamMergeMember> _members = [];
    private readonly List<TeamMergeSubmission> _submissions = [];
    private readonly List<TeamMergeSlot> _slots = [];
    private readonly List<TeamMergeLedgerEntry> _ledgerEntries = [];

    private TeamMerge()
    {
    }

    private TeamMerge(Guid id, Guid taskId, Guid targetTeamId, Guid sourceTeamId, string reason, Guid mergedBy, DateTime mergedAt)
    {
        Id = id;
        TaskId = taskId;
        TargetTeamId = targetTeamId;
        SourceTeamId = sourceTeamId;
        Reason = reason;
        MergedByUserId = mergedBy;
        MergedAt = mergedAt;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>A: the team that took everything over. No foreign key, like <see cref="Team.MergedIntoTeamId"/>.</summary>
    public Guid TargetTeamId { get; private set; }

    /// <summary>B: the team merged away.</summary>
    public Guid SourceTeamId { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid MergedByUserId { get; private set; }

    public DateTime MergedAt { get; private set; }

    public DateTime? UndoneAt { get; private set; }

    public Guid? UndoneByUserId { get; private set; }

    public string UndoReason { get; private set; } = "";

    public bool IsUndone => UndoneAt is not null;

    public IReadOnlyList<TeamMergeMember> Members => _members;

    public IReadOnlyList<TeamMergeSubmission> Submissions => _submissions;

    public IReadOnlyList<TeamMergeSlot> Slots => _slots;

    public IReadOnlyList<TeamMergeLedgerEntry> LedgerEntries => _ledgerEntries;

    /// <summary>
    /// Starts the record of merging <paramref name="source"/> into <paramref name="target"/>, taking B's members (and
    /// their join instants) as they are now: call it before <see cref="Team.Absorb"/> empties B.
    /// </summary>
    public static TeamMerge Start(Guid id, Team target, Team source, string reason, Guid mergedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(reason);
        var merge = new TeamMerge(id, target.TaskId, target.Id, source.Id, Trim(reason), mergedBy, Instants.RequireUtc(nowUtc, nameof(nowUtc)));
        foreach (var member in source.Members)
        {
            merge._members.Add(new TeamMergeMember(id, member.UserId, member.JoinedAt));
        }

        return merge;
    }

    public void MovedSubmission(Guid submissionId, Guid phaseId) => _submissions.Add(new TeamMergeSubmission(Id, submissionId, phaseId));

    /// <summary>Records a slot before it is renumbered, with the number it had in the source team.</summary>
    public void MovedSlot(Guid slotId, int originalNumber) => _slots.Add(new TeamMergeSlot(Id, slotId, originalNumber));

    public void MovedLedgerEntry(Guid entryId) => _ledgerEntries.Add(new TeamMergeLedgerEntry(Id, entryId));

    /// <summary>Stamps the merge as undone (who, when, why); what it moved has been given back by then.</summary>
    public void MarkUndone(Guid undoneBy, string reason, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (IsUndone)
        {
            throw new DomainRuleException(TeamRuleErrors.UnmergeAlreadyUndone.With(UndoneAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
        }

        UndoneAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        UndoneByUserId = undoneBy;
        UndoReason = Trim(reason);
    }

    private static string Trim(string reason)
    {
        var trimmed = reason.Trim();
        return trimmed.Length > MaxReasonLength ? trimmed[..MaxReasonLength] : trimmed;
    }
}
