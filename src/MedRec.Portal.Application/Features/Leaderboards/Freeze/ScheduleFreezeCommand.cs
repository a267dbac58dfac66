using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

/// <summary>An organiser schedules the board to freeze at <paramref name="FreezeAtUtc"/> (null cancels a scheduled freeze).</summary>
public sealed record ScheduleFreezeCommand(Actor Actor, Guid PhaseId, DateTime? FreezeAtUtc) : ICommand<Result>, IOrganizerOnly;
