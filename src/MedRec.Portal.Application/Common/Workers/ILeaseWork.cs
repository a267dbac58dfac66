using MedRec.Portal.Application.Abstractions;

namespace MedRec.Portal.Application.Common.Workers;

/// <summary>
/// A persistent queue drained by lease workers (scoring, baseline runs): the rows are the queue, a worker claims one
/// under a short lease named after itself, renews it while working, and stores the result only while it still holds
/// the lease. One worker shape (the host's lease worker) runs every such queue.
/// </summary>
public interface ILeaseWork
{
    /// <summary>Which queue this is: its signal, its worker count and its poll interval.</summary>
    WorkQueue Queue { get; }

    /// <summary>
    /// At start-up, before any claim: takes back what workers of this process instance (<paramref name="instance"/>,
    /// the lease owners' common prefix) held when it last stopped or crashed, so nothing waits for a lease to run out.
    /// </summary>
    Task TakeBackAsync(string instance, CancellationToken cancellationToken);

    /// <summary>Once per round, before claiming: whatever the queue does with leases that ran out.</summary>
    Task SweepAsync(CancellationToken cancellationToken);

    /// <summary>Claims the next item for <paramref name="owner"/>; null when there is none.</summary>
    Task<Guid?> TryClaimNextAsync(string owner, CancellationToken cancellationToken);

    /// <summary>Does the claimed item's work to its end (renewing the lease meanwhile); never throws for the item's own problems.</summary>
    Task ExecuteAsync(Guid id, string owner, CancellationToken cancellationToken);
}
