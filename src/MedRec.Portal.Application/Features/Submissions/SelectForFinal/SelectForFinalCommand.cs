using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.SelectForFinal;

/// <summary>
/// A team member selects (or unselects) a scored submission to represent the team on a phase whose
/// representative setting is "selected": at most the phase's selection limit at a time, only scored ones, only
/// while the phase is open.
/// </summary>
public sealed record SelectForFinalCommand(Actor Actor, Guid SubmissionId, bool Selected) : ICommand<Result>, IParticipantAccessible;
