using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Registrations;

/// <summary>
/// A team's request to take part in its task: who accepted the data-use terms and when, and the organiser's
/// decision. Only approved teams may download inputs and submit.
/// </summary>
public sealed class TeamRegistration : IVersioned
{
    public const int MaxReasonLength = 1000;

    private TeamRegistration()
    {
    }

    public TeamRegistration(Guid id, Guid teamId, Guid taskId, Guid acceptedByUserId, DateTime acceptedAtUtc, string termsVersion)
    {
        Id = id;
        TeamId = teamId;
        TaskId = taskId;
        TermsAcceptedByUserId = acceptedByUserId;
        TermsAcceptedAt = Instants.RequireUtc(acceptedAtUtc, nameof(acceptedAtUtc));
        TermsVersion = termsVersion;
        Status = RegistrationStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid TeamId { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>The team member who accepted the data-use terms on the team's behalf.</summary>
    public Guid TermsAcceptedByUserId { get; private set; }

    public DateTime TermsAcceptedAt { get; private set; }

    /// <summary>Which terms text was accepted (the task's terms may be revised later).</summary>
    public string TermsVersion { get; private set; } = "";

    public RegistrationStatus Status { get; private set; }

    /// <summary>Why the organiser rejected the registration (shown to the team); empty otherwise.</summary>
    public string DecisionReason { get; private set; } = "";

    public Guid? DecidedByUserId { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid Version { get; set; }

    public bool IsApproved => Status == RegistrationStatus.Approved;

    public void Approve(Guid organizerId, DateTime nowUtc)
    {
        Status = RegistrationStatus.Approved;
        DecisionReason = "";
        DecidedByUserId = organizerId;
        DecidedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    /// <summary>Why a rejection with this reason is not allowed, or null.</summary>
    public static Error? CheckRejectionReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? RegistrationErrors.ReasonRequired.ForField(nameof(DecisionReason))
            : reason.Length > MaxReasonLength
                ? RegistrationErrors.ReasonTooLong.ForField(nameof(DecisionReason), MaxReasonLength)
                : null;

    public void Reject(Guid organizerId, string reason, DateTime nowUtc)
    {
        if (CheckRejectionReason(reason) is { } error)
        {
            throw new DomainRuleException(error);
        }

        Status = RegistrationStatus.Rejected;
        DecisionReason = reason.Trim();
        DecidedByUserId = organizerId;
        DecidedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    /// <summary>A rejected team may apply again (after fixing what the reason said): back to pending with fresh terms acceptance.</summary>
    public void Resubmit(Guid acceptedByUserId, DateTime nowUtc, string termsVersion)
    {
        if (Status != RegistrationStatus.Rejected)
        {
            throw new DomainRuleException(RegistrationErrors.OnlyRejectedResubmits.With());
        }

        Status = RegistrationStatus.Pending;
        TermsAcceptedByUserId = acceptedByUserId;
        TermsAcceptedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        TermsVersion = termsVersion;
        DecidedByUserId = null;
        DecidedAt = null;
    }
}
