using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace MedRec.Portal.Web.Components.Shared;

/// <summary>
/// Subscribes the component it sits in to one kind of live change (submissions, boards, baseline runs) while it is
/// on the page: <c>&lt;LiveFeed Events="BoardEvents" When="c => c.PhaseId == _phaseId" Changed="ReloadAsync" /&gt;</c>.
/// Changes arrive on the publisher's thread (the scoring or baseline worker, another user's request); the feed
/// filters them there, then hops onto the circuit, restores the viewer's culture (else the re-render would come out in
/// the publisher's language), and calls <see cref="Changed"/>, after which the parent re-renders. Nothing reaches the
/// publisher: a circuit that went away in between is ignored. Renders nothing.
/// </summary>
public sealed class LiveFeed<TChange> : ComponentBase, IDisposable
{
    private CircuitCulture? _viewerCulture;
    private IChangeEvents<TChange>? _subscribed;
    private bool _disposed;
    private bool _running;
    private bool _pending;
    private TChange? _latest;

    /// <summary>The changes to follow.</summary>
    [Parameter, EditorRequired]
    public required IChangeEvents<TChange> Events { get; set; }

    /// <summary>Which changes concern the page (called on the publisher's thread: read fields only).</summary>
    [Parameter, EditorRequired]
    public required Func<TChange, bool> When { get; set; }

    /// <summary>Called on the circuit for each change that passes <see cref="When"/>.</summary>
    [Parameter]
    public EventCallback<TChange> Changed { get; set; }

    /// <summary>
    /// Whether a burst collapses: while <see cref="Changed"/> runs, further changes make one more call (with the
    /// latest change) rather than one each. For reloads; leave it off where every change carries its own data.
    /// </summary>
    [Parameter]
    public bool Coalesce { get; set; }

    protected override void OnInitialized()
    {
        _viewerCulture = CircuitCulture.Capture();
        _subscribed = Events;
        _subscribed.Changed += OnChanged;
    }

    public void Dispose()
    {
        _disposed = true;
        if (_subscribed is not null)
        {
            _subscribed.Changed -= OnChanged;
        }
    }

    private void OnChanged(object? sender, TChange change)
    {
        if (!_disposed && When(change))
        {
            _ = DeliverAsync(change);
        }
    }

    private async Task DeliverAsync(TChange change)
    {
        try
        {
            await InvokeAsync(async () =>
            {
                _viewerCulture?.Restore();
                if (_disposed)
                {
                    return;
                }

                if (!Coalesce)
                {
                    await Changed.InvokeAsync(change);
                    return;
                }

                _latest = change;
                if (_running)
                {
                    _pending = true;
                    return;
                }

                _running = true;
                try
                {
                    do
                    {
                        _pending = false;
                        await Changed.InvokeAsync(_latest!);
                    }
                    while (_pending && !_disposed);
                }
                finally
                {
                    _running = false;
                }
            });
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
