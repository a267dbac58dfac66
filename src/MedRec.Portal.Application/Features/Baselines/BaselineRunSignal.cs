namespace MedRec.Portal.Application.Features.Baselines;

/// <summary>Wakes the run worker when a run is queued; a notification before it waits is remembered once.</summary>
public sealed class BaselineRunSignal : IDisposable
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
            // Already signalled: the worker takes every queued run when it wakes.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
