using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

/// <summary>An organiser undoes a moderation (hide, disqualify, override, merge), giving a reason; the record stays in the history.</summary>
public sealed record RevokeModerationCommand(Actor Actor, Guid ModerationId, string Reason) : ICommand<Result>, IOrganizerOnly;
