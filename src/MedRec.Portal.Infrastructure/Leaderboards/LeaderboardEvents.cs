using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Events;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Leaderboards;

/// <summary>
/// Raises <see cref="Changed"/> in-process and drops the phase's cached boards first, so a subscriber that
/// re-queries gets the new board. A submission that is scored, re-scored or (de)selected raises
/// <see cref="BoardChangeKind.ScoresChanged"/> for its phase. A subscriber that throws is logged and never breaks
/// the publisher.
/// </summary>
internal sealed class LeaderboardEvents : ILeaderboardEvents
{
    private readonly BoardCache _cache;
    private readonly ILogger<LeaderboardEvents> _logger;

    public LeaderboardEvents(BoardCache cache, ISubmissionEvents submissions, ILogger<LeaderboardEvents> logger)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        _cache = cache;
        _logger = logger;

        // Both are singletons living as long as the host, so the subscription never needs removing.
        submissions.Changed += (_, change) =>
        {
            if (change.Status == SubmissionStatus.Scored)
            {
                Publish(new BoardChanged(change.PhaseId, BoardChangeKind.ScoresChanged, change.OccurredAtUtc));
            }
        };
    }

    public event EventHandler<BoardChanged>? Changed;

    public void Publish(BoardChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _cache.Invalidate(change.PhaseId);
        InProcessEvent.Raise(Changed, this, change, exception => _logger.LogError(exception, "A subscriber to board changes failed on phase {PhaseId}", change.PhaseId));
    }
}
