using System.Collections.Concurrent;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Scaling;

namespace MedRec.Portal.Infrastructure.Workers;

/// <summary>
/// One one-permit semaphore per queue: a notification wakes one waiting worker, notifications before anyone waits are
/// remembered once, and the rest of the workers join through <see cref="WakeOne"/> as each finds work. A notification
/// also goes out on the bus (<c>work:{queue}</c>), where each other process wakes one of its own workers the same way.
/// </summary>
internal sealed class WorkSignal : IWorkSignal, IDisposable
{
    private readonly ConcurrentDictionary<WorkQueue, SemaphoreSlim> _signals = new();
    private readonly IPortalBus _bus;

    public WorkSignal(IPortalBus bus)
    {
        _bus = bus;
        foreach (var queue in Enum.GetValues<WorkQueue>())
        {
            bus.Subscribe(Channel(queue), _ => WakeOne(queue));
        }
    }

    public void Notify(WorkQueue queue)
    {
        WakeOne(queue);
        _bus.Publish(Channel(queue), "");
    }

    public void WakeOne(WorkQueue queue)
    {
        try
        {
            Signal(queue).Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker that wakes claims, then wakes the next.
        }
    }

    public Task WaitAsync(WorkQueue queue, TimeSpan timeout, CancellationToken cancellationToken) =>
        Signal(queue).WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        foreach (var signal in _signals.Values)
        {
            signal.Dispose();
        }
    }

    private static string Channel(WorkQueue queue) => $"work:{queue}";

    private SemaphoreSlim Signal(WorkQueue queue) => _signals.GetOrAdd(queue, _ => new SemaphoreSlim(0, 1));
}
