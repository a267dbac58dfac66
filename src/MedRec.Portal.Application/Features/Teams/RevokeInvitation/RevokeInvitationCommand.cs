using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.RevokeInvitation;

/// <summary>The team leader (or an organiser) withdraws an invitation code, e.g. after it leaked.</summary>
public sealed record RevokeInvitationCommand(Actor Actor, Guid InvitationId) : ICommand<Result>, IParticipantAccessible;
