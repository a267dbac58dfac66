using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Registrations;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.GetMyTeams;

/// <summary>The signed-in user's teams, one per task at most.</summary>
public sealed record GetMyTeamsQuery(Actor Actor) : IQuery<IReadOnlyList<MyTeamItem>>, IParticipantAccessible;

/// <summary>A team of the viewer with its task and registration state.</summary>
public sealed record MyTeamItem(Guid TeamId, string TeamName, Guid TaskId, string TaskSlug, string TaskTitleZh, string TaskTitleEn, bool IsLeader, int MemberCount, RegistrationStatus? RegistrationStatus);
