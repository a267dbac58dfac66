using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.CreateTeam;

/// <summary>A signed-in user founds a team for a task and becomes its leader. Returns the team's id.</summary>
public sealed record CreateTeamCommand(Actor Actor, Guid TaskId, string Name, string? Description = null) : ICommand<Result<Guid>>, IParticipantAccessible;
