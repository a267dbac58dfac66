using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.CancelRun;

/// <summary>An organiser stops a queued or running run (audited). A running one stops after the graph call in progress.</summary>
public sealed record CancelBaselineRunCommand(Actor Actor, Guid RunId) : ICommand<Result>, IOrganizerOnly;
