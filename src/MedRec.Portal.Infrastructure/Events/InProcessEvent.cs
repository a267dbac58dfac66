namespace MedRec.Portal.Infrastructure.Events;

/// <summary>Raises the portal's in-process change events (submissions, boards, baseline runs).</summary>
internal static class InProcessEvent
{
    /// <summary>
    /// Calls each subscriber in turn. One that throws is reported to <paramref name="failed"/> and the rest still run:
    /// a page that broke must never stop the worker or request that published the change.
    /// </summary>
    public static void Raise<TChange>(EventHandler<TChange>? handlers, object sender, TChange change, Action<Exception> failed)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<TChange>>())
        {
            try
            {
                handler(sender, change);
            }
            catch (Exception exception)
            {
                failed(exception);
            }
        }
    }
}
