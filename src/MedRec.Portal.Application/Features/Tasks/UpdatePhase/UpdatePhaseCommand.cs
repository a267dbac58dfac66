using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;

namespace MedRec.Portal.Application.Features.Tasks.UpdatePhase;

/// <summary>An organiser changes a phase's settings; <paramref name="ExpectedVersion"/> guards against overwriting a concurrent edit.</summary>
public sealed record UpdatePhaseCommand(Actor Actor, Guid PhaseId, PhaseSettings Settings, Guid? ExpectedVersion = null) : ICommand<Result>, IOrganizerOnly;
