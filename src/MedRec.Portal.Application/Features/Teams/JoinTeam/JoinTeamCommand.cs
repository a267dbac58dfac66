using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.JoinTeam;

/// <summary>A signed-in user joins a team with an invitation code (typed in, or from a link). Returns the team's id.</summary>
public sealed record JoinTeamCommand(Actor Actor, string Code) : ICommand<Result<Guid>>, IParticipantAccessible;
