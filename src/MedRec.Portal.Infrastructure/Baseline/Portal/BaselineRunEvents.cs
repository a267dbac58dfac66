using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Events;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Baseline.Portal;

/// <summary>Raises <see cref="Changed"/> in-process; a subscriber that throws is logged and never breaks the run.</summary>
internal sealed class BaselineRunEvents(ILogger<BaselineRunEvents> logger) : IBaselineRunEvents
{
    public event EventHandler<BaselineRunChanged>? Changed;

    public void Publish(BaselineRunChanged change)
    {
        InProcessEvent.Raise(Changed, this, change, exception => logger.LogError(exception, "A subscriber to baseline run changes failed on {RunId}", change.RunId));
    }
}
