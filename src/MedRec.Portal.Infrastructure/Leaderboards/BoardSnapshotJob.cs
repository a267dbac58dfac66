using MedRec.Portal.Application.Features.Leaderboards.Snapshots;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Leaderboards;

/// <summary>Runs <see cref="BoardSnapshotService.RunDueAsync"/> every poll interval: scheduled freezes and hourly boards.</summary>
public sealed class BoardSnapshotJob(BoardSnapshotService snapshots, IOptions<BoardSnapshotOptions> options, TimeProvider clock, ILogger<BoardSnapshotJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var stored = await snapshots.RunDueAsync(stoppingToken).ConfigureAwait(false);
                if (stored > 0)
                {
                    logger.LogInformation("Stored {Count} board snapshot(s)", stored);
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
                logger.LogError(exception, "Board snapshot job failed; retrying after the poll interval");
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
