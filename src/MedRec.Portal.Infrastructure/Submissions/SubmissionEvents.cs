using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Events;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>Raises <see cref="Changed"/> in-process; a subscriber that throws is logged and never breaks the publisher.</summary>
internal sealed class SubmissionEvents(ILogger<SubmissionEvents> logger) : ISubmissionEvents
{
    public event EventHandler<SubmissionChanged>? Changed;

    public void Publish(SubmissionChanged change)
    {
        InProcessEvent.Raise(Changed, this, change, exception => logger.LogError(exception, "A subscriber to submission changes failed on {SubmissionId}", change.SubmissionId));
    }
}
