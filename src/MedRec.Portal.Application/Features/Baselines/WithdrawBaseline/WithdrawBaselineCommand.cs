using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.WithdrawBaseline;

/// <summary>An organiser takes a baseline row off the board (audited; the row and its file stay stored).</summary>
public sealed record WithdrawBaselineCommand(Actor Actor, Guid BaselineId) : ICommand<Result>, IOrganizerOnly;
