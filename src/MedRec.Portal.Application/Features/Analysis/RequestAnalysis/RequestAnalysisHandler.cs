using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Scoring.Analysis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Analysis.RequestAnalysis;

public sealed class RequestAnalysisHandler(IPortalDbContextFactory contexts, IWorkSignal signal, TimeProvider clock) : ICommandHandler<RequestAnalysisCommand, Result<Guid>>
{
    public const int MinResamples = 100;

    public async ValueTask<Result<Guid>> Handle(RequestAnalysisCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Resamples is < MinResamples or > AnalysisOptions.MaxResamples)
        {
            return AnalysisErrors.Resamples.ForField("Resamples", AnalysisOptions.MaxResamples.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken).ConfigureAwait(false);
            if (context is null)
            {
                return LeaderboardErrors.PhaseNotFound;
            }

            Guid snapshotId;
            int teamRows;
            if (command.SnapshotId is { } requested)
            {
                var snapshot = await db.BoardSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == requested && s.PhaseId == command.PhaseId, cancellationToken).ConfigureAwait(false);
                if (snapshot is null)
                {
                    return LeaderboardErrors.SnapshotNotFound;
                }

                var existing = await db.BoardAnalyses.FirstOrDefaultAsync(a => a.SnapshotId == requested, cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    if (existing.Status != AnalysisStatus.Failed)
                    {
                        return existing.Id;
                    }

                    existing.Requeue(command.Actor.UserId, now);
                    db.Audit(command.Actor, AnalysisAuditActions.Requested, nameof(BoardAnalysis), existing.Id, null, new { existing.SnapshotId, Again = true }, now);
                    if ((await db.TrySaveAsync(cancellationToken).ConfigureAwait(false)).IsSuccess)
                    {
                        signal.Notify(WorkQueue.BoardAnalyses);
                        return existing.Id;
                    }

                    continue;
                }

                snapshotId = requested;
                teamRows = await db.BoardSnapshotRows.CountAsync(r => r.SnapshotId == requested && !r.IsBaseline, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var taken = await BoardSnapshots.TakeAsync(db, context, SnapshotKind.Manual, now, now, command.Actor.UserId, cancellationToken).ConfigureAwait(false);
                snapshotId = taken.Id;
                teamRows = db.BoardSnapshotRows.Local.Count(r => r.SnapshotId == taken.Id && !r.IsBaseline);
                db.Audit(command.Actor, LeaderboardAuditActions.SnapshotTaken, nameof(BoardSnapshot), taken.Id, null, new { taken.PhaseId, taken.Kind, taken.AsOf, taken.RowCount, ForAnalysis = true }, now);
            }

            if (teamRows == 0)
            {
                return AnalysisErrors.NoEntries.With();
            }

            var analysis = new BoardAnalysis(Guid.CreateVersion7(), command.PhaseId, snapshotId, command.Resamples, AnalysisOptions.DefaultSeed, command.Actor.UserId, now);
            db.BoardAnalyses.Add(analysis);
            db.Audit(command.Actor, AnalysisAuditActions.Requested, nameof(BoardAnalysis), analysis.Id, null, new { analysis.SnapshotId, analysis.Resamples, analysis.Seed }, now);
            if ((await db.TrySaveAsync(cancellationToken, CommonErrors.Concurrency).ConfigureAwait(false)).IsSuccess)
            {
                signal.Notify(WorkQueue.BoardAnalyses);
                return analysis.Id;
            }

            // Another organiser asked for the same snapshot at the same moment (the unique index): read theirs.
        }

        return AnalysisErrors.AnalysisNotFound.With();
    }
}
