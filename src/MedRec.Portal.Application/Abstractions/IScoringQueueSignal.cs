namespace MedRec.Portal.Application.Abstractions;

/// <summary>Wakes the scoring worker as soon as a submission is queued; the worker also polls as a fallback.</summary>
public interface IScoringQueueSignal
{
    /// <summary>Says there is work; several calls before the worker wakes count as one.</summary>
    void Notify();

    /// <summary>Waits until <see cref="Notify"/> is called or <paramref name="timeout"/> passes.</summary>
    Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
