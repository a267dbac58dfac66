using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

/// <summary>An organiser freezes the board now: a snapshot as of now becomes what participants see. Returns the snapshot id.</summary>
public sealed record FreezeBoardCommand(Actor Actor, Guid PhaseId) : ICommand<Result<Guid>>, IOrganizerOnly;
