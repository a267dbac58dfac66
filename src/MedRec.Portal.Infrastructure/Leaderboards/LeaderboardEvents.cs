using System.Text.Json;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Events;
using MedRec.Portal.Infrastructure.Scaling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Leaderboards;

/// <summary>
/// Raises <see cref="Changed"/> and drops the phase's cached boards first, so a subscriber that re-queries gets the
/// new board. A submission that is scored (in this process or, through the bus, in any other) raises
/// <see cref="BoardChangeKind.ScoresChanged"/> for its phase, coalesced per phase (<c>Leaderboards:CoalesceInterval</c>).
/// Explicit changes (moderation, freeze, baselines) also go to the other processes on the bus, where they drop the
/// cache and reach open boards the same way; score changes are not sent, because every process derives them from the
/// submission events it already receives. A subscriber that throws is logged and never breaks the publisher.
/// </summary>
internal sealed class LeaderboardEvents : ILeaderboardEvents
{
    private const string Channel = "boards";

    private readonly BoardCache _cache;
    private readonly IPortalBus _bus;
    private readonly ILogger<LeaderboardEvents> _logger;
    private readonly BoardChangeCoalescer _scores;

    public LeaderboardEvents(BoardCache cache, ISubmissionEvents submissions, IPortalBus bus, IOptions<BoardSnapshotOptions> options, TimeProvider clock, ILogger<LeaderboardEvents> logger)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(options);
        _cache = cache;
        _bus = bus;
        _logger = logger;
        _scores = new BoardChangeCoalescer(options.Value.CoalesceInterval, clock, Raise);

        // Both are singletons living as long as the host, so the subscriptions never need removing.
        submissions.Changed += (_, change) =>
        {
            if (change.Status == SubmissionStatus.Scored)
            {
                // The cache goes at once (the fingerprint would catch it too); the event waits for the coalescer.
                _cache.Invalidate(change.PhaseId);
                _scores.Add(new BoardChanged(change.PhaseId, BoardChangeKind.ScoresChanged, change.OccurredAtUtc));
            }
        };
        bus.Subscribe(Channel, message => Raise(JsonSerializer.Deserialize<BoardChanged>(message)!));
    }

    public event EventHandler<BoardChanged>? Changed;

    public void Publish(BoardChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Raise(change);
        _bus.Publish(Channel, JsonSerializer.Serialize(change));
    }

    private void Raise(BoardChanged change)
    {
        _cache.Invalidate(change.PhaseId);
        InProcessEvent.Raise(Changed, this, change, exception => _logger.LogError(exception, "A subscriber to board changes failed on phase {PhaseId}", change.PhaseId));
    }
}
