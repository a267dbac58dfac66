using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Scoring.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Analysis;

/// <summary>
/// The analysis queue's work (a lease worker drains it): claim the oldest queued analysis (or one whose worker's
/// lease ran out), re-score each team entry of its snapshot to get per-record results (a progress save after each,
/// which renews the lease), run <see cref="ResultsAnalyzer"/> on them and store the report. Baseline rows are left
/// out: the analysis compares teams. Results are saved only while the worker still holds the lease.
/// </summary>
public sealed partial class AnalysisJobService(
    IPortalDbContextFactory contexts,
    SubmissionScoringService scoring,
    IOptions<AnalysisJobOptions> options,
    TimeProvider clock,
    ILogger<AnalysisJobService> logger) : ILeaseWork
{
    public WorkQueue Queue => WorkQueue.BoardAnalyses;

    /// <summary>This instance's own running analyses become claimable at once (their work died with the process).</summary>
    public async Task TakeBackAsync(string instance, CancellationToken cancellationToken)
    {
        var prefix = LeaseOwners.Prefix(instance);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        await db.BoardAnalyses
            .Where(a => a.Status == AnalysisStatus.Running && a.LeaseOwner != null && a.LeaseOwner.StartsWith(prefix))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.LeaseExpiresAt, now).SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Nothing to sweep: a claim takes running analyses whose lease ran out itself.</summary>
    public Task SweepAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<Guid?> TryClaimNextAsync(string owner, CancellationToken cancellationToken)
    {
        for (var tries = 0; tries < 10; tries++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            var next = await db.BoardAnalyses
                .Where(a => a.Status == AnalysisStatus.Queued || (a.Status == AnalysisStatus.Running && a.LeaseExpiresAt <= now))
                .OrderBy(a => a.RequestedAt)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            if (next is null)
            {
                return null;
            }

            next.Claim(owner, now + options.Value.LeaseDuration, now);
            if ((await db.TrySaveAsync(cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                return next.Id;
            }
        }

        return null;
    }

    public async Task ExecuteAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await ComputeAsync(id, owner, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
            {
                return;
            }

            await FinishAsync(id, owner, (analysis, now) =>
            {
                if (outcome.Value.Report is { } report)
                {
                    analysis.Succeed(report.ToJson(), report.Entries.Count, now);
                }
                else
                {
                    analysis.Fail(outcome.Value.Failure!, now);
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out (or TakeBack frees it at the next start) and another worker resumes.
        }
        catch (Exception exception)
        {
            LogFailed(exception, id);
            await FinishAsync(id, owner, (a, now) => a.Fail($"The analysis stopped on an internal error ({exception.GetType().Name}); see the portal's log.", now)).ConfigureAwait(false);
        }
    }

    // Null when the lease was lost on the way (nothing is saved then).
    private async Task<(AnalysisReportData? Report, string? Failure)?> ComputeAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        BoardAnalysis analysis;
        List<BoardSnapshotRow> rows;
        Scoring.Tasks.TaskDefinition definition;
        await using (var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false))
        {
            analysis = await db.BoardAnalyses.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
            rows = await db.BoardSnapshotRows.AsNoTracking()
                .Where(r => r.SnapshotId == analysis.SnapshotId && !r.IsBaseline)
                .OrderBy(r => r.Position)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var phase = await db.Phases.AsNoTracking().FirstAsync(p => p.Id == analysis.PhaseId, cancellationToken).ConfigureAwait(false);
            var task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == phase.TaskId, cancellationToken).ConfigureAwait(false);
            var defined = await PhaseScoringSetup.DefinitionAsync(db, task, cancellationToken).ConfigureAwait(false);
            if (defined.IsFailure)
            {
                return (null, defined.Errors[0].Message);
            }

            definition = defined.Value;
        }

        if (rows.Count == 0)
        {
            return (null, AnalysisErrors.NoEntries.English);
        }

        var entries = new List<AnalysisEntry>(rows.Count);
        foreach (var row in rows)
        {
            var computed = await scoring.ComputeAsync(row.EntryId, cancellationToken).ConfigureAwait(false);
            if (computed.Score is not { } score)
            {
                return (null, $"The entry of \"{row.Name}\" (submission {row.EntryId}) could not be re-scored: {computed.FailureReason}");
            }

            entries.Add(new AnalysisEntry(row.Name, score));
            if (!await HeartbeatAsync(id, owner, entries.Count, rows.Count, 0, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        var settings = AnalysisOptions.Default with { Resamples = analysis.Resamples, Seed = analysis.Seed };
        AnalysisReport report;
        try
        {
            report = ResultsAnalyzer.Analyze(definition, entries, settings, cancellationToken: cancellationToken);
        }
        catch (ArgumentException exception)
        {
            // Entries scored on different gold (the gold was replaced between two re-scores).
            return (null, exception.Message);
        }

        var records = entries[0].Result.Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var gold = report.Hardest.Select(h => (IReadOnlyList<string>)GoldOf(records[h.Id])).ToList();
        return (AnalysisReportData.From(report, rows, gold), null);
    }

    private static List<string> GoldOf(Scoring.Metrics.RecordResult record)
    {
        var labels = new List<string>();
        if (record.GoldPrimaryCode is { } primary)
        {
            labels.Add(primary);
        }

        labels.AddRange(record.GoldLabels.Where(l => l != record.GoldPrimaryCode));
        return labels;
    }

    private async Task<bool> HeartbeatAsync(Guid id, string owner, int done, int total, int percent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var analysis = await db.BoardAnalyses.FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        if (analysis is null || !analysis.IsLeasedBy(owner))
        {
            return false;
        }

        analysis.ReportProgress(done, total, percent, clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration);
        return (await db.TrySaveAsync(cancellationToken).ConfigureAwait(false)).IsSuccess;
    }

    private async Task FinishAsync(Guid id, string owner, Action<BoardAnalysis, DateTime> finish)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await using var db = await contexts.CreateAsync(CancellationToken.None).ConfigureAwait(false);
            var analysis = await db.BoardAnalyses.FirstOrDefaultAsync(a => a.Id == id, CancellationToken.None).ConfigureAwait(false);
            if (analysis is null || !analysis.IsLeasedBy(owner))
            {
                return;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            finish(analysis, now);
            var action = analysis.Status == AnalysisStatus.Succeeded ? AnalysisAuditActions.Succeeded : AnalysisAuditActions.Failed;
            db.Audit(null, action, nameof(BoardAnalysis), analysis.Id, null, new { analysis.Status, analysis.FailureReason, analysis.EntriesTotal }, now);
            if ((await db.TrySaveAsync(CancellationToken.None).ConfigureAwait(false)).IsSuccess)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Analysis {AnalysisId} stopped on an internal error")]
    private partial void LogFailed(Exception exception, Guid analysisId);
}
