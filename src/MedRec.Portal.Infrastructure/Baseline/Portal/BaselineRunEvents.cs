using System.Text.Json;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Events;
using MedRec.Portal.Infrastructure.Scaling;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Baseline.Portal;

/// <summary>
/// Raises <see cref="Changed"/> in this process and on the bus, so a run executed by a worker process shows its
/// progress on the organiser's console on any web instance. A subscriber that throws is logged and never breaks the run.
/// </summary>
internal sealed class BaselineRunEvents : IBaselineRunEvents
{
    private const string Channel = "baseline-runs";

    private readonly IPortalBus _bus;
    private readonly ILogger<BaselineRunEvents> _logger;

    public BaselineRunEvents(IPortalBus bus, ILogger<BaselineRunEvents> logger)
    {
        _bus = bus;
        _logger = logger;
        bus.Subscribe(Channel, message => Raise(JsonSerializer.Deserialize<BaselineRunChanged>(message)!));
    }

    public event EventHandler<BaselineRunChanged>? Changed;

    public void Publish(BaselineRunChanged change)
    {
        Raise(change);
        _bus.Publish(Channel, JsonSerializer.Serialize(change));
    }

    private void Raise(BaselineRunChanged change) =>
        InProcessEvent.Raise(Changed, this, change, exception => _logger.LogError(exception, "A subscriber to baseline run changes failed on {RunId}", change.RunId));
}
