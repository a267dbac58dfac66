using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.ListQuotaLedger;

/// <summary>
/// A team's quota history on a phase, newest first: every upload (counted or not, and why), refunds and
/// organisers' grants, with who caused each line. The team's members and organisers only.
/// </summary>
public sealed record ListQuotaLedgerQuery(Actor Actor, Guid PhaseId, Guid TeamId) : IQuery<Result<IReadOnlyList<QuotaLedgerLine>>>, IParticipantAccessible;

/// <summary>One line of the ledger; <see cref="ActorName"/> is empty for the scoring worker.</summary>
public sealed record QuotaLedgerLine(
    Guid Id,
    DateTime OccurredAtUtc,
    DateOnly QuotaDay,
    QuotaLedgerKind Kind,
    Guid? SubmissionId,
    int ExtraAttempts,
    string Reason,
    string ActorName);
