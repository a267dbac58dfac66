using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.GetTeam;

/// <summary>A team's page. Members see emails and the registration; the leader also sees invitations.</summary>
public sealed record GetTeamQuery(Actor? Actor, Guid TeamId) : IQuery<Result<TeamDetail>>, IParticipantAccessible;
