using MedRec.Portal.Application.Features.Baselines;
using MedRec.Portal.Application.Features.Baselines.Runs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Baseline.Portal;

/// <summary>
/// Runs queued baseline runs one at a time in the background. Each round first marks runs whose worker
/// vanished (lease expired: a restart or a crash) as interrupted, then drains the queue, then sleeps until a run
/// is queued or the poll interval passes. Stopping mid-run records the run as interrupted.
/// </summary>
internal sealed class BaselineRunWorker(BaselineRunService runs, BaselineRunSignal signal, IOptions<BaselineOptions> options, ILogger<BaselineRunWorker> logger) : BackgroundService
{
    public string Owner { get; } = $"{(Environment.MachineName.Length > 60 ? Environment.MachineName[..60] : Environment.MachineName)}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Baseline run worker {Owner} started", Owner);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runs.RecoverInterruptedAsync(stoppingToken).ConfigureAwait(false);
                while (await runs.TryClaimNextAsync(Owner, stoppingToken).ConfigureAwait(false) is { } runId)
                {
                    await runs.ExecuteAsync(runId, Owner, stoppingToken).ConfigureAwait(false);
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // A database hiccup must not end the worker: wait a poll interval and go on.
                logger.LogError(exception, "Baseline run worker {Owner} failed; retrying after the poll interval", Owner);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
