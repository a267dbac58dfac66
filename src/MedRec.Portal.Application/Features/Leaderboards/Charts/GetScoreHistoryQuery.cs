using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Charts;

/// <summary>
/// Chart data for a phase: with <paramref name="TeamId"/>, that team's scored submissions over time (its members
/// and organisers only); without, the phase's best primary score over time (anyone who may see the board).
/// Hidden and disqualified submissions and teams are left out; overridden scores are used. Participants of a
/// frozen board get points up to the freeze instant only (their own team's chart too, when the board hides teams'
/// own new scores while frozen).
/// </summary>
public sealed record GetScoreHistoryQuery(Actor? Actor, Guid PhaseId, Guid? TeamId = null) : IQuery<Result<ScoreHistory>>, IParticipantAccessible;

/// <summary>The points of a chart, oldest first. <see cref="UpTo"/> is the freeze instant when points stop there.</summary>
public sealed record ScoreHistory(Guid PhaseId, Guid? TeamId, string PrimaryMetricKey, IReadOnlyList<ScorePoint> Points, DateTime? UpTo);

/// <summary>
/// One point: when it was submitted, its primary score, and the best so far (for the phase chart the best so far
/// is the point's own value: each point is a new phase best).
/// </summary>
public sealed record ScorePoint(DateTime At, double Score, double BestSoFar, bool IsOverridden);
