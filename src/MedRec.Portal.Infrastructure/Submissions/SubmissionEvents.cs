using MedRec.Portal.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>Raises <see cref="Changed"/> in-process; a subscriber that throws is logged and never breaks the publisher.</summary>
internal sealed class SubmissionEvents(ILogger<SubmissionEvents> logger) : ISubmissionEvents
{
    public event EventHandler<SubmissionChanged>? Changed;

    public void Publish(SubmissionChanged change)
    {
        var handlers = Changed;
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<SubmissionChanged>>())
        {
            try
            {
                handler(this, change);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A subscriber to submission changes failed on {SubmissionId}", change.SubmissionId);
            }
        }
    }
}
