using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

/// <summary>
/// An organiser hides (or, with <paramref name="Disqualify"/>, disqualifies) a team or a single submission on a
/// phase's board, giving a reason. Reversible with <see cref="RevokeModerationCommand"/>. Returns the moderation id.
/// </summary>
public sealed record ExcludeFromBoardCommand(Actor Actor, Guid PhaseId, ModerationTarget Target, Guid TargetId, bool Disqualify, string Reason) : ICommand<Result<Guid>>, IOrganizerOnly;
