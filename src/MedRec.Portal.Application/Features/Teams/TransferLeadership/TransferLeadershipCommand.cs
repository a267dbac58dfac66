using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.TransferLeadership;

/// <summary>The leader hands leadership to another member of the team.</summary>
public sealed record TransferLeadershipCommand(Actor Actor, Guid TeamId, Guid NewLeaderId) : ICommand<Result>, IParticipantAccessible;
