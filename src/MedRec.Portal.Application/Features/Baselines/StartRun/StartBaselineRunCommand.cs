using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.StartRun;

/// <summary>
/// An organiser queues a run of a stored model on a phase's inputs; the background worker runs it, and its
/// predictions become a baseline row labelled <paramref name="Label"/> (default: the model's name). Returns the run's id.
/// </summary>
public sealed record StartBaselineRunCommand(Actor Actor, Guid ModelId, Guid PhaseId, string? Label, int? BatchSize) : ICommand<Result<Guid>>, IOrganizerOnly;
