using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.GrantExtraAttempts;

/// <summary>
/// An organiser gives a team extra attempts on a phase (e.g. after a portal fault): they raise that quota day's
/// daily limit (today in the phase's zone when <paramref name="QuotaDay"/> is null) and the phase's total limit
/// by <paramref name="Attempts"/>. The reason is required, written to the ledger and the audit log. Returns the
/// team's quota afterwards.
/// </summary>
public sealed record GrantExtraAttemptsCommand(Actor Actor, Guid PhaseId, Guid TeamId, int Attempts, string Reason, DateOnly? QuotaDay = null) : ICommand<Result<QuotaStatus>>, IOrganizerOnly;
