namespace MedRec.Portal.Application.Abstractions;

/// <summary>The queues background workers drain: each has its own signal and its own workers.</summary>
public enum WorkQueue
{
    /// <summary>Queued submissions waiting for the scorer.</summary>
    Scoring,

    /// <summary>Queued baseline model runs.</summary>
    BaselineRuns,

    /// <summary>Queued results analyses of board snapshots.</summary>
    BoardAnalyses,

    /// <summary>E-mails waiting in the outbox.</summary>
    Email,
}

/// <summary>
/// Wakes the workers of a queue as soon as work is queued; workers also poll as a fallback, so a lost signal only
/// delays work. In-process by default; with <c>ConnectionStrings:Redis</c> a notification also reaches the workers of
/// every other process (Redis pub/sub). Each process wakes one waiting worker per notification, and a worker that
/// found work wakes the next (<see cref="WakeOne"/>): a burst ramps every worker up without all of them racing for
/// the same row at once.
/// </summary>
public interface IWorkSignal
{
    /// <summary>Says there is work on <paramref name="queue"/>, to this process and every other that shares the bus.</summary>
    void Notify(WorkQueue queue);

    /// <summary>Wakes one more waiting worker of this process only (a worker that just claimed passes the baton on).</summary>
    void WakeOne(WorkQueue queue);

    /// <summary>Waits until the queue is signalled or <paramref name="timeout"/> passes; signals before the wait are remembered once.</summary>
    Task WaitAsync(WorkQueue queue, TimeSpan timeout, CancellationToken cancellationToken);
}
