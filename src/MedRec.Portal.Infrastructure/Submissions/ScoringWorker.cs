using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>
/// Scores queued submissions one at a time: drains the queue, then sleeps until a new submission is signalled or
/// the poll interval passes (which also picks up submissions whose worker crashed, once their lease expires).
/// Stopping mid-scoring leaves the submission under its lease; the next start takes it back when that expires.
/// </summary>
public sealed class ScoringWorker(
    SubmissionScoringService scoring,
    IScoringQueueSignal signal,
    IOptions<ScoringWorkerOptions> options,
    ILogger<ScoringWorker> logger) : BackgroundService
{
    /// <summary>This worker's name on its leases (host and a random part: two workers on one host differ).</summary>
    public string Owner { get; } = $"{(Environment.MachineName.Length > 60 ? Environment.MachineName[..60] : Environment.MachineName)}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Scoring worker {Owner} started", Owner);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await scoring.TryClaimNextAsync(Owner, stoppingToken).ConfigureAwait(false) is { } submissionId)
                {
                    await scoring.ScoreClaimedAsync(submissionId, Owner, stoppingToken).ConfigureAwait(false);
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
                logger.LogError(exception, "Scoring worker {Owner} failed; retrying after the poll interval", Owner);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
