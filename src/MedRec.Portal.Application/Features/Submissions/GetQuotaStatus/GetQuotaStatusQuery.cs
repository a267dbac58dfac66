using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.GetQuotaStatus;

/// <summary>
/// A team's quota on a phase now: used and limit today, remaining, and when it resets (next local midnight in the
/// phase's zone, as UTC and as a local reading). Participants get their own team's; organisers name the team.
/// </summary>
public sealed record GetQuotaStatusQuery(Actor Actor, Guid PhaseId, Guid? TeamId = null) : IQuery<Result<QuotaStatus>>, IParticipantAccessible;
