namespace MedRec.Portal.Domain.Teams;

// The rows of a TeamMerge record: what one merge moved, each kind in its own table.

/// <summary>A member a merge moved, with when they had joined the source team (restored on undo).</summary>
public sealed class TeamMergeMember
{
    private TeamMergeMember()
    {
    }

    internal TeamMergeMember(Guid mergeId, Guid userId, DateTime joinedAt)
    {
        MergeId = mergeId;
        UserId = userId;
        JoinedAt = joinedAt;
    }

    public Guid MergeId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime JoinedAt { get; private set; }
}

/// <summary>A submission a merge moved; the phase is kept so a board finds its phase's moved submissions alone.</summary>
public sealed class TeamMergeSubmission
{
    private TeamMergeSubmission()
    {
    }

    internal TeamMergeSubmission(Guid mergeId, Guid submissionId, Guid phaseId)
    {
        MergeId = mergeId;
        SubmissionId = submissionId;
        PhaseId = phaseId;
    }

    public Guid MergeId { get; private set; }

    public Guid SubmissionId { get; private set; }

    public Guid PhaseId { get; private set; }
}

/// <summary>A quota slot a merge moved (and renumbered), with the number it had in the source team.</summary>
public sealed class TeamMergeSlot
{
    private TeamMergeSlot()
    {
    }

    internal TeamMergeSlot(Guid mergeId, Guid slotId, int originalNumber)
    {
        MergeId = mergeId;
        SlotId = slotId;
        OriginalNumber = originalNumber;
    }

    public Guid MergeId { get; private set; }

    public Guid SlotId { get; private set; }

    public int OriginalNumber { get; private set; }
}

/// <summary>A quota ledger entry (upload, refund or grant) a merge moved.</summary>
public sealed class TeamMergeLedgerEntry
{
    private TeamMergeLedgerEntry()
    {
    }

    internal TeamMergeLedgerEntry(Guid mergeId, Guid entryId)
    {
        MergeId = mergeId;
        EntryId = entryId;
    }

    public Guid MergeId { get; private set; }

    public Guid EntryId { get; private set; }
}
