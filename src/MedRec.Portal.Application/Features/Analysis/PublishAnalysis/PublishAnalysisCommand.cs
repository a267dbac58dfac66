using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Analysis.PublishAnalysis;

/// <summary>
/// The per-phase publish switch: participants' board then shows each entry's interval and band from
/// <paramref name="AnalysisId"/> (a finished analysis of this phase); null withdraws it.
/// </summary>
public sealed record PublishAnalysisCommand(Actor Actor, Guid PhaseId, Guid? AnalysisId) : ICommand<Result>, IOrganizerOnly;
