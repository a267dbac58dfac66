using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Web.Localization;

namespace MedRec.Portal.Web.Components.Pages.Submissions.Components;

/// <summary>
/// A page's subscription to <see cref="ISubmissionEvents"/>: calls <c>onChange</c> (through the component's
/// dispatcher) for the changes that pass <c>filter</c>, until disposed. Events arrive on the scoring worker's
/// thread, so nothing here touches the component directly, exceptions never reach the publisher, and the viewer's
/// culture (captured when the feed is created on the circuit) is restored before <c>onChange</c> runs.
/// </summary>
public sealed class SubmissionFeed : IDisposable
{
    private readonly ISubmissionEvents _events;
    private readonly Func<SubmissionChanged, bool> _filter;
    private readonly Func<SubmissionChanged, Task> _onChange;
    private readonly CircuitCulture _viewerCulture = CircuitCulture.Capture();

    public SubmissionFeed(ISubmissionEvents events, Func<SubmissionChanged, bool> filter, Func<SubmissionChanged, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = events;
        _filter = filter;
        _onChange = onChange;
        _events.Changed += OnChanged;
    }

    public void Dispose() => _events.Changed -= OnChanged;

    private void OnChanged(object? sender, SubmissionChanged change)
    {
        if (_filter(change))
        {
            _ = Deliver(change);
        }
    }

    private async Task Deliver(SubmissionChanged change)
    {
        try
        {
            _viewerCulture.Restore();
            await _onChange(change);
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed while the change was on its way.
        }
        catch (InvalidOperationException)
        {
            // The renderer is gone (component disposed between the event and the refresh).
        }
    }
}
