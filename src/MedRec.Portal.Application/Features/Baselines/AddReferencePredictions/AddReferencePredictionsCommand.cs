using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Scores;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.AddReferencePredictions;

/// <summary>
/// An organiser uploads reference predictions for a phase under a board label ("Official baseline (BERT)"). The
/// file is validated exactly like a team's (same validator, same report) and scored against the phase's gold;
/// a valid file becomes a baseline row. A file that breaks the rules is a success with
/// <see cref="ReferencePredictionsResult.BaselineId"/> null and the report, like a rejected team submission.
/// </summary>
public sealed record AddReferencePredictionsCommand(Actor Actor, Guid PhaseId, string Label, string FileName, Stream Content, long? DeclaredLength) : ICommand<Result<ReferencePredictionsResult>>, IOrganizerOnly;

/// <summary>The baseline row created (null when the file was rejected), the validation report, and the scores.</summary>
public sealed record ReferencePredictionsResult(Guid? BaselineId, StoredReport Report, IReadOnlyList<MetricScore> Metrics)
{
    public bool IsRejected => BaselineId is null;
}
