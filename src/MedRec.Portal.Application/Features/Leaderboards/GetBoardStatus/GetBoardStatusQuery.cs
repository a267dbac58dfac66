using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.GetBoardStatus;

/// <summary>
/// A phase board's state (visible, frozen, scheduled freeze, options). Not secret: the submissions side and pages
/// read it to know whether to hide a team's own new scores (<see cref="BoardStatus.ShowsOwnScore"/>).
/// </summary>
public sealed record GetBoardStatusQuery(Guid PhaseId) : IQuery<Result<BoardStatus>>;
