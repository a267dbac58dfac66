using MedRec.Portal.Application.Abstractions;

namespace MedRec.Portal.Infrastructure.Leaderboards;

/// <summary>
/// At most one score change per phase per interval: the first change after a quiet interval goes out at once, later
/// ones within the interval are folded into one that goes out when it ends (carrying the latest instant). A burst of
/// 500 scores then makes every open board re-query a few times a second, not 500 times, and no change waits longer
/// than the interval.
/// </summary>
internal sealed class BoardChangeCoalescer(TimeSpan interval, TimeProvider clock, Action<BoardChanged> raise)
{
    private readonly Dictionary<Guid, PhaseState> _phases = [];

    public void Add(BoardChanged change)
    {
        if (interval <= TimeSpan.Zero)
        {
            raise(change);
            return;
        }

        var now = clock.GetUtcNow();
        lock (_phases)
        {
            if (!_phases.TryGetValue(change.PhaseId, out var state))
            {
                state = new PhaseState();
                _phases[change.PhaseId] = state;
            }

            if (state.Pending is not null)
            {
                state.Pending = change;
                return;
            }

            if (now - state.LastRaised >= interval)
            {
                state.LastRaised = now;
            }
            else
            {
                state.Pending = change;
                _ = FlushLaterAsync(state, state.LastRaised + interval - now);
                return;
            }
        }

        raise(change);
    }

    private async Task FlushLaterAsync(PhaseState state, TimeSpan delay)
    {
        await Task.Delay(delay, clock).ConfigureAwait(false);
        BoardChanged? change;
        lock (_phases)
        {
            change = state.Pending;
            state.Pending = null;
            state.LastRaised = clock.GetUtcNow();
        }

        if (change is not null)
        {
            raise(change);
        }
    }

    private sealed class PhaseState
    {
        public DateTimeOffset LastRaised { get; set; } = DateTimeOffset.MinValue;

        public BoardChanged? Pending { get; set; }
    }
}
