using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.LeaveTeam;

/// <summary>
/// A member leaves their team. The leader must hand over leadership first unless they are the last member;
/// the last member leaving dissolves the team (and its registration).
/// </summary>
public sealed record LeaveTeamCommand(Actor Actor, Guid TeamId) : ICommand<Result<LeaveTeamOutcome>>, IParticipantAccessible;

/// <summary>What leaving did.</summary>
public enum LeaveTeamOutcome
{
    Left,
    TeamDissolved,
}
