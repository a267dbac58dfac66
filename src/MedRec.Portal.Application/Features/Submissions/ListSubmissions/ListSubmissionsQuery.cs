using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.ListSubmissions;

/// <summary>
/// A team's submissions to a phase, newest first. Participants always get their own team's (a
/// <paramref name="TeamId"/> of another team is refused); organisers name the team, or leave it null for every team.
/// </summary>
public sealed record ListSubmissionsQuery(Actor Actor, Guid PhaseId, Guid? TeamId = null) : IQuery<Result<IReadOnlyList<SubmissionListItem>>>, IParticipantAccessible;
