using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.Rescore;

/// <summary>
/// An organiser re-scores one submission (<paramref name="SubmissionId"/>) or every scored or failed submission of
/// a phase against the phase's current gold and scorer. Nothing live changes: the new scores are stored beside
/// the old ones and returned for comparison; <see cref="PublishRescoreCommand"/> applies them. Audited.
/// </summary>
public sealed record ComputeRescoreCommand(Actor Actor, Guid PhaseId, Guid? SubmissionId = null) : ICommand<Result<IReadOnlyList<RescoreComparison>>>, IOrganizerOnly;

/// <summary>
/// An organiser makes the computed re-scores of a phase (or of one submission) the live scores. Re-scores that
/// failed are not applied. Returns how many were published. Audited per submission.
/// </summary>
public sealed record PublishRescoreCommand(Actor Actor, Guid PhaseId, Guid? SubmissionId = null) : ICommand<Result<int>>, IOrganizerOnly;
