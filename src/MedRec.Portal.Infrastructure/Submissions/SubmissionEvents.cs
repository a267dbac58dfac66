using System.Text.Json;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Events;
using MedRec.Portal.Infrastructure.Scaling;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>
/// Raises <see cref="Changed"/> in this process and sends the change to the others on the bus (a score saved by a
/// worker process reaches the pages open on every web instance). A subscriber that throws is logged and never breaks
/// the publisher.
/// </summary>
internal sealed class SubmissionEvents : ISubmissionEvents
{
    private const string Channel = "submissions";

    private readonly IPortalBus _bus;
    private readonly ILogger<SubmissionEvents> _logger;

    public SubmissionEvents(IPortalBus bus, ILogger<SubmissionEvents> logger)
    {
        _bus = bus;
        _logger = logger;
        bus.Subscribe(Channel, message => Raise(JsonSerializer.Deserialize<SubmissionChanged>(message)!));
    }

    public event EventHandler<SubmissionChanged>? Changed;

    public void Publish(SubmissionChanged change)
    {
        Raise(change);
        _bus.Publish(Channel, JsonSerializer.Serialize(change));
    }

    private void Raise(SubmissionChanged change) =>
        InProcessEvent.Raise(Changed, this, change, exception => _logger.LogError(exception, "A subscriber to submission changes failed on {SubmissionId}", change.SubmissionId));
}
