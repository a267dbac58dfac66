using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

/// <summary>
/// An organiser releases the board in one audited action: a hidden board becomes visible to participants, and a
/// frozen (or scheduled) freeze ends, so participants see the live board again. The snapshots stay in the history.
/// </summary>
public sealed record ReleaseBoardCommand(Actor Actor, Guid PhaseId) : ICommand<Result>, IOrganizerOnly;
