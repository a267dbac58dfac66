using System.Collections.Concurrent;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Submissions.Queue;

/// <summary>
/// The persistent scoring queue: the submissions table itself. A worker claims the oldest claimable submission
/// (queued, or left scoring by a worker whose lease ran out) under a short lease, picked through
/// <see cref="IQueueClaims"/> so that several workers take different rows; scores it against the phase's gold (read
/// through <see cref="IGoldDatasetStore"/> only) while a heartbeat renews the lease; and stores the metrics, or a
/// failure the team can read. Claims and results are saved under the row's version token, so two workers never both
/// claim one submission and a worker that lost its lease cannot overwrite the new owner's result.
/// </summary>
public sealed class SubmissionScoringService(
    IPortalDbContextFactory contexts,
    IQueueClaims claims,
    IGoldDatasetStore gold,
    ISubmissionEvents events,
    PreparedSubmissions prepared,
    Notifier notifier,
    IOptions<ScoringWorkerOptions> workerOptions,
    TimeProvider clock,
    ILogger<SubmissionScoringService> logger) : ILeaseWork
{
    private static readonly ConcurrentDictionary<Guid, GoldSet> ParsedGold = new();

    /// <summary>Shown when the gold does not fit the file; deliberately says nothing about the gold's content.</summary>
    public static string GoldMismatchReason => SubmissionNotes.ScoringGoldMismatch.English;

    public static string InternalErrorReason => SubmissionNotes.ScoringInternalError.English;

    public static string NoGoldReason => SubmissionNotes.ScoringNoGold.English;

    public WorkQueue Queue => WorkQueue.Scoring;

    /// <summary>
    /// Ends the leases this instance's workers held when the process stopped (a crash, <c>kill -9</c>, a redeploy):
    /// they are claimable at once instead of after the lease. The version changes, so a result the old process might
    /// still save is refused.
    /// </summary>
    public async Task TakeBackAsync(string instance, CancellationToken cancellationToken)
    {
        var prefix = LeaseOwners.Prefix(instance);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var taken = await db.Submissions
            .Where(s => s.Status == SubmissionStatus.Scoring && s.LeaseOwner != null && s.LeaseOwner.StartsWith(prefix))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseExpiresAt, now).SetProperty(s => s.Version, Guid.NewGuid()), cancellationToken)
            .ConfigureAwait(false);
        if (taken > 0)
        {
            logger.LogWarning("Took back {Count} submission(s) that instance {Instance} was scoring when it stopped", taken, instance);
        }
    }

    /// <summary>Nothing to sweep: a claim takes submissions whose lease ran out itself.</summary>
    public Task SweepAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Claims the oldest claimable submission for <paramref name="owner"/>; null when there is none. A submission
    /// claimed <see cref="ScoringWorkerOptions.MaxAttempts"/> times without finishing is marked failed instead.
    /// </summary>
    public async Task<Guid?> TryClaimNextAsync(string owner, CancellationToken cancellationToken)
    {
        var options = workerOptions.Value;
        for (var tries = 0; tries < 10; tries++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await claims.BeginAsync(db, cancellationToken).ConfigureAwait(false);
            if (await claims.NextSubmissionAsync(db, now, cancellationToken).ConfigureAwait(false) is not { } id
                || await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false) is not { } candidate)
            {
                return null;
            }

            var retaken = candidate.Status == SubmissionStatus.Scoring;
            if (candidate.Attempts >= options.MaxAttempts)
            {
                candidate.MarkFailed(SubmissionNotes.ScoringInterrupted.With(candidate.Attempts), now);
                await GiveBackAsync(db, candidate, now, cancellationToken).ConfigureAwait(false);
                db.Audit(null, SubmissionAuditActions.Failed, nameof(Submission), candidate.Id, null, new { candidate.Status, candidate.FailureReason }, now);
                if ((await db.TrySaveAsync(cancellationToken).ConfigureAwait(false)).IsSuccess)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    events.Publish(new SubmissionChanged(candidate.Id, candidate.PhaseId, candidate.TeamId, candidate.Status, now));
                }

                continue;
            }

            candidate.Claim(owner, now + options.LeaseDuration, now);
            var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
            if (saved.IsFailure)
            {
                // Another worker claimed it first (only possible without row locks, or after a lease ran out): look again.
                continue;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (retaken)
            {
                logger.LogWarning("Retook submission {SubmissionId} whose scoring lease ended (attempt {Attempt})", candidate.Id, candidate.Attempts);
            }

            events.Publish(new SubmissionChanged(candidate.Id, candidate.PhaseId, candidate.TeamId, SubmissionStatus.Scoring, now));
            return candidate.Id;
        }

        return null;
    }

    /// <inheritdoc cref="ScoreClaimedAsync"/>
    public Task ExecuteAsync(Guid id, string owner, CancellationToken cancellationToken) => ScoreClaimedAsync(id, owner, cancellationToken);

    /// <summary>
    /// Scores a submission <paramref name="owner"/> has claimed and stores the outcome (unless the lease was lost
    /// meanwhile). While it scores, a heartbeat renews the lease every third of its duration; when a renewal finds the
    /// lease gone (taken back after a stall), scoring stops and nothing is saved.
    /// </summary>
    public async Task ScoreClaimedAsync(Guid submissionId, string owner, CancellationToken cancellationToken)
    {
        ScoreComputation outcome;
        using (var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        using (var heartbeatStop = new CancellationTokenSource())
        {
            var heartbeat = HeartbeatAsync(submissionId, owner, lost, heartbeatStop.Token);
            try
            {
                outcome = await ComputeAsync(submissionId, prepared.Take(submissionId), lost.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Stopped scoring submission {SubmissionId}: worker {Owner} lost its lease", submissionId, owner);
                return;
            }
            finally
            {
                // Stopped before the result is saved, so a renewal never races the result's save.
                await heartbeatStop.CancelAsync().ConfigureAwait(false);
                await heartbeat.ConfigureAwait(false);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken).ConfigureAwait(false);
        if (submission is null || !submission.IsLeasedBy(owner))
        {
            logger.LogWarning("Dropped the result for submission {SubmissionId}: worker {Owner} no longer holds its lease", submissionId, owner);
            return;
        }

        if (outcome.Score is { } score)
        {
            submission.MarkScored(score.Metrics.Primary, MetricValues.ToJson(score.Metrics), score.ScorerVersion, now);
            db.Audit(null, SubmissionAuditActions.Scored, nameof(Submission), submission.Id, null, new { submission.PrimaryScore, submission.MetricsJson, submission.ScorerVersion }, now);
        }
        else
        {
            submission.MarkFailed(outcome.Failure!, now);
            await GiveBackAsync(db, submission, now, cancellationToken).ConfigureAwait(false);
            db.Audit(null, SubmissionAuditActions.Failed, nameof(Submission), submission.Id, null, new { submission.FailureReason }, now);
            await NotifyFailedAsync(db, submission, cancellationToken).ConfigureAwait(false);
        }

        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            logger.LogWarning("Dropped the result for submission {SubmissionId}: it changed meanwhile ({Error})", submissionId, saved);
            return;
        }

        events.Publish(new SubmissionChanged(submission.Id, submission.PhaseId, submission.TeamId, submission.Status, now));
        if (submission.Status == SubmissionStatus.Failed)
        {
            notifier.Wake();
        }
    }

    /// <summary>The submitter learns by e-mail that the file could not be scored (the reason is the one the page shows, in English).</summary>
    private async Task NotifyFailedAsync(IPortalDbContext db, Submission submission, CancellationToken cancellationToken)
    {
        var names = await (from phase in db.Phases.AsNoTracking()
                           join task in db.Tasks.AsNoTracking() on phase.TaskId equals task.Id
                           where phase.Id == submission.PhaseId
                           select new { task.TitleZh, task.TitleEn, phase.NameZh, phase.NameEn, phase.Code })
            .FirstAsync(cancellationToken)
            .ConfigureAwait(false);
        var file = submission.OriginalFileName;
        var reason = new Note(submission.FailureReasonId, submission.FailureReasonArguments, submission.FailureReason);
        await notifier.AddAsync(db, NotificationKind.SubmissionFailed, [submission.SubmittedByUserId],
            texts => texts.SubmissionFailed(texts.Pick(names.TitleZh, names.TitleEn), texts.PhaseName(names.NameZh, names.NameEn, names.Code), file, reason), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renews the lease until stopped. The renewal is a conditional update that leaves the version alone: the
    /// result's save (under the version read after the heartbeat stopped) is never refused because of it, and a
    /// claim by another worker (which changes the owner) makes the next renewal find nothing, which cancels scoring.
    /// </summary>
    private async Task HeartbeatAsync(Guid submissionId, string owner, CancellationTokenSource lost, CancellationToken stop)
    {
        var lease = workerOptions.Value.LeaseDuration;
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, clock, stop).ConfigureAwait(false);
                var until = clock.GetUtcNow().UtcDateTime + lease;
                await using var db = await contexts.CreateAsync(stop).ConfigureAwait(false);
                var renewed = await db.Submissions
                    .Where(s => s.Id == submissionId && s.Status == SubmissionStatus.Scoring && s.LeaseOwner == owner)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseExpiresAt, until), stop)
                    .ConfigureAwait(false);
                if (renewed == 0)
                {
                    await lost.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Scoring finished.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A database hiccup: the next worker retakes the submission when the lease runs out, and this result is
            // still saved if the lease holds until then.
            logger.LogWarning(exception, "Renewing the scoring lease of submission {SubmissionId} failed", submissionId);
        }
    }

    /// <summary>
    /// Scores a stored submission against its phase's current gold without saving anything (also used by
    /// organisers' re-scoring and record inspection). A failure carries a reason the team may read.
    /// </summary>
    public Task<ScoreComputation> ComputeAsync(Guid submissionId, CancellationToken cancellationToken) => ComputeAsync(submissionId, null, cancellationToken);

    /// <summary>
    /// <see cref="ComputeAsync(Guid, CancellationToken)"/>, scoring <paramref name="compact"/> (what the upload's
    /// validation made of the same file) instead of reading the stored file when it still fits the phase's task
    /// definition, options and gold; the stored file otherwise.
    /// </summary>
    private async Task<ScoreComputation> ComputeAsync(Guid submissionId, PreparedSubmission? compact, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken).ConfigureAwait(false);
            var phase = submission is null ? null : await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == submission.PhaseId, cancellationToken).ConfigureAwait(false);
            var task = phase is null ? null : await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == phase.TaskId, cancellationToken).ConfigureAwait(false);
            if (submission is null || phase is null || task is null)
            {
                return ScoreComputation.Failed(SubmissionNotes.ScoringInternalError.With());
            }

            if (phase.GoldDatasetId is not { } goldId)
            {
                return ScoreComputation.Failed(SubmissionNotes.ScoringNoGold.With());
            }

            var definition = await PhaseScoringSetup.DefinitionAsync(db, task, cancellationToken).ConfigureAwait(false);
            if (definition.IsFailure)
            {
                return ScoreComputation.Failed(Note.FromEnglish(definition.Errors[0].Message));
            }

            if (await ParsedGoldAsync(goldId, definition.Value, cancellationToken).ConfigureAwait(false) is not { } goldSet)
            {
                return ScoreComputation.Failed(SubmissionNotes.ScoringNoGold.With());
            }

            var options = PhaseScoringSetup.OptionsFor(phase, long.MaxValue);
            if (compact is not null && SubmissionScorer.TryScore(definition.Value, goldSet, compact, options) is { } quick)
            {
                return ScoreComputation.Succeeded(quick.Result);
            }

            var compressed = await db.SubmissionContents.AsNoTracking().Where(c => c.SubmissionId == submissionId).Select(c => c.CompressedBytes).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (compressed is null)
            {
                return ScoreComputation.Failed(SubmissionNotes.ScoringInternalError.With());
            }

            using var file = new MemoryStream(DatasetCompression.Decompress(compressed), writable: false);
            var outcome = await SubmissionScorer.ScoreAsync(definition.Value, goldSet, file, options, cancellationToken).ConfigureAwait(false);
            if (outcome is ScoredSubmission scored)
            {
                return ScoreComputation.Succeeded(scored.Result);
            }

            logger.LogError("Submission {SubmissionId} is valid against the inputs but not against the gold of phase {PhaseId}: {Errors}", submissionId, phase.Id, string.Join("; ", outcome.Report.Errors));
            return ScoreComputation.Failed(SubmissionNotes.ScoringGoldMismatch.With());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Scoring submission {SubmissionId} failed", submissionId);
            return ScoreComputation.Failed(SubmissionNotes.ScoringInternalError.With());
        }
    }

    /// <summary>
    /// The phase's gold, parsed once per gold dataset: a gold row never changes (a new upload is a new id), so the
    /// parsed set cannot go stale, and scoring a queue of submissions does not decompress and parse it each time.
    /// It stays in this process's memory only.
    /// </summary>
    private async Task<GoldSet?> ParsedGoldAsync(Guid goldId, TaskDefinition definition, CancellationToken cancellationToken)
    {
        if (ParsedGold.TryGetValue(goldId, out var cached))
        {
            return cached;
        }

        if (await gold.ReadContentAsync(goldId, cancellationToken).ConfigureAwait(false) is not { } goldBytes)
        {
            return null;
        }

        using var goldStream = new MemoryStream(goldBytes, writable: false);
        var parsed = await GoldSet.ReadAsync(definition, goldStream, cancellationToken).ConfigureAwait(false);
        return ParsedGold.GetOrAdd(goldId, parsed);
    }

    /// <summary>A failed scoring is not the team's fault: free its quota slots and record it in the ledger.</summary>
    private static async Task GiveBackAsync(IPortalDbContext db, Submission submission, DateTime now, CancellationToken cancellationToken)
    {
        if (!submission.Counted)
        {
            return;
        }

        var slots = await db.QuotaSlots.Where(s => s.SubmissionId == submission.Id && s.Kind != QuotaSlotKind.RejectedDaily).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.QuotaSlots.RemoveRange(slots);
        var note = SubmissionNotes.GivenBack.With();
        submission.Uncount(note);
        db.QuotaLedger.Add(new QuotaLedgerEntry(Guid.CreateVersion7(), submission.PhaseId, submission.TeamId, now, submission.QuotaDay, QuotaLedgerKind.Refund, submission.Id, 0, note.English, null));
    }
}
