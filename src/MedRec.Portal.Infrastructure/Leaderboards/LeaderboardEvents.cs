using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Leaderboards;

/// <summary>
/// Raises <see cref="Changed"/> in-process and drops the phase's cached boards first, so a subscriber that
/// re-queries gets the new board. A subscriber that throws is logged and never breaks the publisher.
/// </summary>
internal sealed class LeaderboardEvents(BoardCache cache, ILogger<LeaderboardEvents> logger) : ILeaderboardEvents
{
    public event EventHandler<BoardChanged>? Changed;

    public void Publish(BoardChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        cache.Invalidate(change.PhaseId);
        var handlers = Changed;
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<BoardChanged>>())
        {
            try
            {
                handler(this, change);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A subscriber to board changes failed on phase {PhaseId}", change.PhaseId);
            }
        }
    }
}
