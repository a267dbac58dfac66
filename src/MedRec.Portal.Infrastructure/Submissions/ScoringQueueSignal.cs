using MedRec.Portal.Application.Abstractions;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>A one-permit semaphore: notifications before the worker waits are remembered once.</summary>
internal sealed class ScoringQueueSignal : IScoringQueueSignal, IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the worker will drain the whole queue when it wakes.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
