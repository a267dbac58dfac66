using MedRec.Portal.Application.Features.Notifications;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Email;

/// <summary>Runs <see cref="PhaseReminderService.RunDueAsync"/> every <c>Notifications:PollInterval</c>.</summary>
public sealed class PhaseReminderJob(PhaseReminderService reminders, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<PhaseReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await reminders.RunDueAsync(stoppingToken).ConfigureAwait(false);
                if (sent > 0)
                {
                    logger.LogInformation("Queued {Count} phase reminder(s)", sent);
                }

                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // A database hiccup must not end the job: try again after the poll interval.
                logger.LogError(exception, "Phase reminder job failed; retrying after the poll interval");
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
