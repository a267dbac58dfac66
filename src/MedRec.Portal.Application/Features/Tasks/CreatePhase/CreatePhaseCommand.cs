using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;

namespace MedRec.Portal.Application.Features.Tasks.CreatePhase;

/// <summary>An organiser adds a phase to a task. Returns the phase's id, or every problem with the settings.</summary>
public sealed record CreatePhaseCommand(Actor Actor, Guid TaskId, PhaseSettings Settings) : ICommand<Result<Guid>>, IOrganizerOnly;
