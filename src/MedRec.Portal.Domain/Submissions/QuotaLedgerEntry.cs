using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Submissions;

/// <summary>
/// One line of a team's quota history on a phase: every upload (counted or not, and why), attempts given back,
/// and organisers' grants of extra attempts. The slots enforce the limits; the ledger explains them.
/// </summary>
public sealed class QuotaLedgerEntry
{
    public const int MaxReasonLength = 500;

    private QuotaLedgerEntry()
    {
    }

    public QuotaLedgerEntry(Guid id, Guid phaseId, Guid teamId, DateTime occurredAtUtc, DateOnly quotaDay, QuotaLedgerKind kind, Guid? submissionId, int extraAttempts, string reason, Guid? actorUserId)
    {
        Id = id;
        PhaseId = phaseId;
        TeamId = teamId;
        OccurredAt = Instants.RequireUtc(occurredAtUtc, nameof(occurredAtUtc));
        QuotaDay = quotaDay;
        Kind = kind;
        SubmissionId = submissionId;
        ExtraAttempts = extraAttempts;
        Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        ActorUserId = actorUserId;
    }

    public Guid Id { get; private set; }

    public Guid PhaseId { get; private set; }

    public Guid TeamId { get; private set; }

    public DateTime OccurredAt { get; private set; }

    /// <summary>The quota day (in the phase's zone) the entry belongs to; for a grant, the day it adds attempts to.</summary>
    public DateOnly QuotaDay { get; private set; }

    public QuotaLedgerKind Kind { get; private set; }

    public Guid? SubmissionId { get; private set; }

    /// <summary>For <see cref="QuotaLedgerKind.Grant"/>: attempts added to that day's and to the phase's total limit.</summary>
    public int ExtraAttempts { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>Who caused it: the uploader, or the granting organiser; null for the scoring worker.</summary>
    public Guid? ActorUserId { get; private set; }

    /// <summary>A merge moves the team's history with its submissions, so the merged team's ledger explains its quota.</summary>
    public void MoveToTeam(Guid teamId) => TeamId = teamId;
}
