using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Infrastructure.Scaling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Workers;

/// <summary>How many workers a queue gets in this process and how often they poll without a signal.</summary>
public sealed record LeaseWorkerSettings(int Workers, TimeSpan PollInterval);

/// <summary>
/// The one worker shape of every persistent queue (<see cref="ILeaseWork"/>): at start it takes back this instance's
/// earlier claims, then runs <see cref="LeaseWorkerSettings.Workers"/> loops. Each loop sweeps, claims and executes
/// until the queue is empty, then sleeps until signalled or the poll interval passes. A loop that claimed wakes one
/// more sleeping loop, so a burst ramps up every worker without all of them reaching for the same row at once.
/// Stopping mid-item is the item's business (scoring leaves the lease, which the next start takes back).
/// </summary>
public sealed class LeaseWorker<TWork>(TWork work, IWorkSignal signal, PortalInstance instance, Func<LeaseWorkerSettings> settings, ILogger<LeaseWorker<TWork>> logger) : BackgroundService
    where TWork : ILeaseWork
{
    /// <summary>The lease owner names of this process's loops, in order (tests and logs).</summary>
    public IReadOnlyList<string> Owners { get; } = Enumerable.Range(1, Math.Max(1, settings().Workers))
        .Select(i => LeaseOwners.Name(instance.Id, work.Queue.ToString(), i))
        .ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: the first database round trip waits for nothing else.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work.TakeBackAsync(instance.Id, stoppingToken).ConfigureAwait(false);
                break;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "{Queue} workers of {Instance} could not take back their earlier claims; retrying", work.Queue, instance.Id);
                await DelayAsync(stoppingToken).ConfigureAwait(false);
            }
        }

        logger.LogInformation("{Count} {Queue} worker(s) started: {Owners}", Owners.Count, work.Queue, string.Join(", ", Owners));
        await Task.WhenAll(Owners.Select(owner => Task.Run(() => LoopAsync(owner, stoppingToken), CancellationToken.None))).ConfigureAwait(false);
    }

    private async Task LoopAsync(string owner, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work.SweepAsync(stoppingToken).ConfigureAwait(false);
                while (await work.TryClaimNextAsync(owner, stoppingToken).ConfigureAwait(false) is { } id)
                {
                    signal.WakeOne(work.Queue);
                    await work.ExecuteAsync(id, owner, stoppingToken).ConfigureAwait(false);
                }

                await signal.WaitAsync(work.Queue, settings().PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // A database hiccup must not end the worker: wait a poll interval and go on.
                logger.LogError(exception, "{Queue} worker {Owner} failed; retrying after the poll interval", work.Queue, owner);
                await DelayAsync(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task DelayAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(settings().PollInterval, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
