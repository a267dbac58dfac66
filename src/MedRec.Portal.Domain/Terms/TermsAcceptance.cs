using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Terms;

/// <summary>
/// One person's acceptance of one version of a task's terms, with the time. Each member accepts for
/// themselves (an invited member is bound by the licence as much as the leader who registered the team).
/// </summary>
public sealed class TermsAcceptance
{
    private TermsAcceptance()
    {
    }

    public TermsAcceptance(Guid id, Guid taskId, Guid userId, int termsNumber, DateTime acceptedAtUtc)
    {
        Id = id;
        TaskId = taskId;
        UserId = userId;
        TermsNumber = termsNumber;
        AcceptedAt = Instants.RequireUtc(acceptedAtUtc, nameof(acceptedAtUtc));
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The <see cref="TermsVersion.Number"/> accepted.</summary>
    public int TermsNumber { get; private set; }

    public DateTime AcceptedAt { get; private set; }
}
