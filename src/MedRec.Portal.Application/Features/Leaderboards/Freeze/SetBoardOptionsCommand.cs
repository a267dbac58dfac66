using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

/// <summary>
/// An organiser sets a board's display options: hide a team's own new scores in "My submissions" while frozen,
/// and "publish on the hour" (participants see a snapshot taken every hour instead of the live board).
/// </summary>
public sealed record SetBoardOptionsCommand(Actor Actor, Guid PhaseId, bool HideOwnScoresWhileFrozen, bool PublishHourly) : ICommand<Result>, IOrganizerOnly;
