using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

/// <summary>
/// An organiser overrides a scored submission's metrics on its phase's board (e.g. after a gold correction that
/// only affects one team). <paramref name="Metrics"/> gives new values by metric key (values in [0, 1]); metrics
/// not given keep their scored value. The row is flagged as overridden. Returns the moderation id.
/// </summary>
public sealed record OverrideScoreCommand(Actor Actor, Guid SubmissionId, IReadOnlyDictionary<string, double> Metrics, string Reason) : ICommand<Result<Guid>>, IOrganizerOnly;
