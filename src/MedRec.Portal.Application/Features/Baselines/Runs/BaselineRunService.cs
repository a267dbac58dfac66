using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Baselines.Runs;

/// <summary>
/// What the run worker does, step by step (and what tests drive directly): mark runs whose lease ran out as
/// interrupted, claim the oldest queued run under a lease, execute it (inference with a heartbeat that saves
/// progress, renews the lease and notices cancel requests), then validate and score its predictions like a team's
/// file and add the baseline row in the same save as the run's success.
/// </summary>
public sealed partial class BaselineRunService(
    IPortalDbContextFactory contexts,
    IGoldDatasetStore gold,
    IBaselineModels models,
    BaselineRunCancellations cancellations,
    IBaselineRunEvents events,
    ILeaderboardEvents boardEvents,
    IOptions<BaselineOptions> options,
    IOptions<SubmissionOptions> submissionOptions,
    TimeProvider clock,
    ILogger<BaselineRunService> logger) : ILeaseWork
{
    public const string InterruptedReason = "The portal stopped while this run was in progress (its worker's lease ran out)";

    public const string StoppedReason = "The portal was shut down during this run";

    public WorkQueue Queue => WorkQueue.BaselineRuns;

    /// <summary>A restarted instance's own running runs cannot go on (their inference died with it): interrupted at once.</summary>
    public Task TakeBackAsync(string instance, CancellationToken cancellationToken) => RecoverInterruptedAsync(LeaseOwners.Prefix(instance), cancellationToken);

    /// <summary>Each round: runs whose worker vanished elsewhere (lease ran out) are marked interrupted.</summary>
    public Task SweepAsync(CancellationToken cancellationToken) => RecoverInterruptedAsync(cancellationToken);

    /// <summary>Marks every running run whose lease has expired as interrupted; returns how many.</summary>
    public Task<int> RecoverInterruptedAsync(CancellationToken cancellationToken) => RecoverInterruptedAsync(null, cancellationToken);

    /// <summary>Marks running runs as interrupted: those whose lease expired, or (with <paramref name="ownerPrefix"/>) every one of those owners.</summary>
    private async Task<int> RecoverInterruptedAsync(string? ownerPrefix, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var running = db.BaselineRuns.Where(r => r.Status == BaselineRunStatus.Running);
        var stale = await (ownerPrefix is null
                ? running.Where(r => r.LeaseExpiresAt <= now)
                : running.Where(r => r.LeaseOwner != null && r.LeaseOwner.StartsWith(ownerPrefix)))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var run in stale)
        {
            run.MarkInterrupted(InterruptedReason, now);
            db.Audit(null, BaselineAuditActions.RunInterrupted, nameof(BaselineRun), run.Id, null, new { run.Status, run.FailureReason }, now);
        }

        if (stale.Count == 0 || (await db.TrySaveAsync(cancellationToken).ConfigureAwait(false)).IsFailure)
        {
            // Nothing to do, or another worker recovered them (or one renewed its lease) first.
            return 0;
        }

        foreach (var run in stale)
        {
            LogInterrupted(run.Id, run.RecordsDone, run.RecordsTotal);
            Publish(run, now);
        }

        return stale.Count;
    }

    /// <summary>Claims the oldest queued run for <paramref name="owner"/>; null when none is queued.</summary>
    public async Task<Guid?> TryClaimNextAsync(string owner, CancellationToken cancellationToken)
    {
        for (var tries = 0; tries < 10; tries++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            var run = await db.BaselineRuns
                .Where(r => r.Status == BaselineRunStatus.Queued)
                .OrderBy(r => r.RequestedAt)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            if (run is null)
            {
                return null;
            }

            run.Claim(owner, now + options.Value.LeaseDuration, now);
            if ((await db.TrySaveAsync(cancellationToken).ConfigureAwait(false)).IsFailure)
            {
                // Another worker took it, or it was cancelled meanwhile: look again.
                continue;
            }

            Publish(run, now);
            return run.Id;
        }

        return null;
    }

    /// <summary>
    /// Executes a run <paramref name="owner"/> claimed, to its end: succeeded, failed, cancelled, or (when
    /// <paramref name="stopping"/> fires) interrupted. Never throws for the run's own problems.
    /// </summary>
    public async Task ExecuteAsync(Guid runId, string owner, CancellationToken stopping)
    {
        using var cancel = cancellations.Begin(runId, stopping);
        RunContext? context = null;
        try
        {
            context = await LoadAsync(runId, stopping).ConfigureAwait(false);
            var tracker = new RunProgressTracker(tick => events.Publish(new BaselineRunChanged(runId, context.Run.TaskId, BaselineRunStatus.Running, tick.Done, tick.Total, tick.RecordsPerSecond, tick.Provider, clock.GetUtcNow().UtcDateTime)));
            using var heartbeatStop = new CancellationTokenSource();
            var heartbeat = HeartbeatAsync(runId, owner, tracker, cancel, heartbeatStop.Token);
            BaselinePrediction prediction;
            try
            {
                prediction = await models.PredictAsync(context.Files, context.Task.Kind, context.Candidates, context.Inputs, context.Run.BatchSize, tracker, cancel.Token).ConfigureAwait(false);
            }
            finally
            {
                await heartbeatStop.CancelAsync().ConfigureAwait(false);
                await heartbeat.ConfigureAwait(false);
            }

            LogPredicted(runId, prediction.Records, prediction.Provider, prediction.RecordsPerSecond);
            await FinishWithPredictionsAsync(runId, owner, context, prediction, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await FinishAsync(runId, owner, (run, now) => run.MarkInterrupted(StoppedReason, now), BaselineAuditActions.RunInterrupted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await FinishAsync(runId, owner, (run, now) => run.MarkCancelled(now), BaselineAuditActions.RunCancelled).ConfigureAwait(false);
        }
        catch (BaselineModelException exception)
        {
            await FailAsync(runId, owner, exception.Message).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogRunError(exception, runId);
            await FailAsync(runId, owner, $"The run stopped on an internal error ({exception.GetType().Name}: {exception.Message}); see the portal's log.").ConfigureAwait(false);
        }
        finally
        {
            cancellations.Complete(runId);
        }
    }

    private async Task<RunContext> LoadAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var run = await db.BaselineRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken).ConfigureAwait(false);
        var phase = await db.Phases.AsNoTracking().FirstAsync(p => p.Id == run.PhaseId, cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == run.TaskId, cancellationToken).ConfigureAwait(false);
        var content = await db.BaselineModelContents.AsNoTracking().FirstOrDefaultAsync(c => c.ModelId == run.ModelId, cancellationToken).ConfigureAwait(false)
            ?? throw new BaselineModelException("The model's files are missing from the database; upload the package again.");
        var inputs = phase.InputsDatasetId is { } inputsId ? await DatasetContentReader.ReadAsync(db, inputsId, cancellationToken).ConfigureAwait(false) : null;
        if (inputs is null)
        {
            throw new BaselineModelException($"Phase \"{phase.Code}\" has no input records; upload them, then start the run again.");
        }

        IReadOnlyList<string>? candidates = null;
        if (task.Kind == TaskKind.CDrugRed)
        {
            var definition = await PhaseScoringSetup.DefinitionAsync(db, task, cancellationToken).ConfigureAwait(false);
            candidates = definition.IsSuccess
                ? ((CDrugRedTaskDefinition)definition.Value).CandidateDrugs
                : throw new BaselineModelException(definition.Errors[0].Message);
        }

        var files = new BaselineModelFiles(content.ManifestBytes, content.VocabularyFileName, content.VocabularyBytes, content.GraphFileName, content.GraphBytes);
        return new RunContext(run, task, phase, files, inputs, candidates);
    }

    /// <summary>Saves progress and renews the lease every few seconds; cancels the run when asked to (or when the lease was lost).</summary>
    private async Task HeartbeatAsync(Guid runId, string owner, RunProgressTracker tracker, CancellationTokenSource cancel, CancellationToken stop)
    {
        var interval = options.Value.ProgressSaveInterval;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using var db = await contexts.CreateAsync(CancellationToken.None).ConfigureAwait(false);
                var run = await db.BaselineRuns.FirstOrDefaultAsync(r => r.Id == runId, CancellationToken.None).ConfigureAwait(false);
                if (run is null || !run.IsLeasedBy(owner) || run.CancelRequestedAt is not null)
                {
                    await cancel.CancelAsync().ConfigureAwait(false);
                    return;
                }

                if (tracker.Latest is { } tick)
                {
                    run.ReportProgress(tick.Done, tick.Total, tick.RecordsPerSecond, tick.Provider, clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration);
                    await db.TrySaveAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database hiccup skips one heartbeat; the lease is long enough to survive a few.
                LogHeartbeatFailed(exception, runId);
            }
        }
    }

    private async Task FinishWithPredictionsAsync(Guid runId, string owner, RunContext context, BaselinePrediction prediction, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var scored = await BaselineScoring.ScoreAsync(db, gold, context.Task, context.Phase, prediction.SubmissionJson, Math.Max(submissionOptions.Value.MaxBytes, prediction.SubmissionJson.LongLength), cancellationToken).ConfigureAwait(false);
        if (scored.IsFailure)
        {
            await FailAsync(runId, owner, scored.Errors[0].Message).ConfigureAwait(false);
            return;
        }

        if (scored.Value.Score is not { } score)
        {
            await FailAsync(runId, owner, $"The model's predictions were rejected by the phase's validator, as a team's file would be: {scored.Value.Report.Summary()}").ConfigureAwait(false);
            return;
        }

        var run = await db.BaselineRuns.FirstAsync(r => r.Id == runId, cancellationToken).ConfigureAwait(false);
        if (!run.IsLeasedBy(owner))
        {
            LogLeaseLost(runId, owner);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (run.CancelRequestedAt is not null)
        {
            // Asked to stop just as it finished: the organiser's request wins, no row is added.
            run.MarkCancelled(now);
            db.Audit(null, BaselineAuditActions.RunCancelled, nameof(BaselineRun), run.Id, null, new { run.Status }, now);
            await SaveAndPublishAsync(db, run, now).ConfigureAwait(false);
            return;
        }

        var fileName = $"baseline-run-{run.Id:N}.json";
        var entry = BaselineScoring.NewEntry(Guid.CreateVersion7(), context.Task, context.Phase, run.Label, fileName, prediction.SubmissionJson, score, run.RequestedByUserId, now);
        db.Baselines.Add(entry);
        run.Succeed(entry.Id, entry.PrimaryScore, entry.MetricsJson, prediction.Records, prediction.RecordsPerSecond, prediction.InferenceSeconds, prediction.Provider, now);
        var actor = Actor.Organizer(run.RequestedByUserId);
        db.Audit(actor, LeaderboardAuditActions.BaselineAdded, nameof(BaselineEntry), entry.Id, null, new { entry.PhaseId, entry.Name, entry.Sha256, entry.PrimaryScore, Source = "baseline run", RunId = run.Id }, now);
        db.Audit(null, BaselineAuditActions.RunSucceeded, nameof(BaselineRun), run.Id, null, new { run.Provider, run.RecordsDone, run.RecordsPerSecond, run.InferenceSeconds, run.PrimaryScore, run.BaselineEntryId }, now);
        if (await SaveAndPublishAsync(db, run, now).ConfigureAwait(false))
        {
            boardEvents.Publish(new BoardChanged(entry.PhaseId, BoardChangeKind.BaselineChanged, now));
        }
    }

    private Task FailAsync(Guid runId, string owner, string reason)
    {
        LogRunFailed(runId, reason);
        return FinishAsync(runId, owner, (run, now) => run.Fail(reason, now), BaselineAuditActions.RunFailed);
    }

    /// <summary>Ends the run while this worker still holds it (cancellation-proof: it must be recorded even at shutdown).</summary>
    private async Task FinishAsync(Guid runId, string owner, Action<BaselineRun, DateTime> finish, string action)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await using var db = await contexts.CreateAsync(CancellationToken.None).ConfigureAwait(false);
            var run = await db.BaselineRuns.FirstOrDefaultAsync(r => r.Id == runId, CancellationToken.None).ConfigureAwait(false);
            if (run is null || !run.IsLeasedBy(owner))
            {
                LogLeaseLost(runId, owner);
                return;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            finish(run, now);
            db.Audit(null, action, nameof(BaselineRun), run.Id, null, new { run.Status, run.FailureReason, run.RecordsDone, run.RecordsTotal }, now);
            if (await SaveAndPublishAsync(db, run, now).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> SaveAndPublishAsync(IPortalDbContext db, BaselineRun run, DateTime now)
    {
        if ((await db.TrySaveAsync(CancellationToken.None).ConfigureAwait(false)).IsFailure)
        {
            return false;
        }

        Publish(run, now);
        return true;
    }

    private void Publish(BaselineRun run, DateTime now) =>
        events.Publish(new BaselineRunChanged(run.Id, run.TaskId, run.Status, run.RecordsDone, run.RecordsTotal, run.RecordsPerSecond, run.Provider, now));

    [LoggerMessage(Level = LogLevel.Information, Message = "Baseline run {RunId} predicted {Records} records on {Provider} at {RecordsPerSecond:F1} records/s")]
    private partial void LogPredicted(Guid runId, int records, string provider, double recordsPerSecond);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Baseline run {RunId} failed: {Reason}")]
    private partial void LogRunFailed(Guid runId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Baseline run {RunId} stopped on an internal error")]
    private partial void LogRunError(Exception exception, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Baseline run {RunId} was interrupted after {Done} of {Total} records (lease expired)")]
    private partial void LogInterrupted(Guid runId, int done, int total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the outcome of baseline run {RunId}: worker {Owner} no longer holds its lease")]
    private partial void LogLeaseLost(Guid runId, string owner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Baseline run {RunId}: saving progress failed; trying again at the next heartbeat")]
    private partial void LogHeartbeatFailed(Exception exception, Guid runId);

    private sealed record RunContext(BaselineRun Run, CompetitionTask Task, Phase Phase, BaselineModelFiles Files, byte[] Inputs, IReadOnlyList<string>? Candidates);
}
