using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.ListTeams;

/// <summary>
/// Teams, optionally of one task. Team names, sizes and leaders are public; only organisers see the
/// registration state of every team.
/// </summary>
public sealed record ListTeamsQuery(Actor? Actor, Guid? TaskId = null) : IQuery<IReadOnlyList<TeamListItem>>, IParticipantAccessible;
