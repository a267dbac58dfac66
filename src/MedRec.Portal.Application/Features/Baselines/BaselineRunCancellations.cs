using System.Collections.Concurrent;

namespace MedRec.Portal.Application.Features.Baselines;

/// <summary>
/// The cancellation sources of the runs this process is executing, so a cancel request stops the graph call in
/// progress at once. Runs on another host notice the request stored on the run at their next progress save.
/// </summary>
public sealed class BaselineRunCancellations
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();

    /// <summary>A source for the run, linked to <paramref name="stopping"/>; dispose it through <see cref="Complete"/>.</summary>
    public CancellationTokenSource Begin(Guid runId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[runId] = source;
        return source;
    }

    /// <summary>Cancels the run if this process executes it; returns whether it did.</summary>
    public bool Cancel(Guid runId)
    {
        if (!_running.TryGetValue(runId, out var source))
        {
            return false;
        }

        try
        {
            source.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public void Complete(Guid runId)
    {
        if (_running.TryRemove(runId, out var source))
        {
            source.Dispose();
        }
    }
}
