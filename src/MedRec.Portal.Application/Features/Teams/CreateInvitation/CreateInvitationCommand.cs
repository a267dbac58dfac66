using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.CreateInvitation;

/// <summary>
/// The team leader (or an organiser) issues an invitation code, valid for <paramref name="Lifetime"/>
/// (default 7 days, at most 60).
/// </summary>
public sealed record CreateInvitationCommand(Actor Actor, Guid TeamId, TimeSpan? Lifetime = null) : ICommand<Result<InvitationInfo>>, IParticipantAccessible;
