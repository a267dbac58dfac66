using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Analysis.GetAnalysis;

public sealed class GetAnalysisHandler(IPortalDbContextFactory contexts) : IQueryHandler<GetAnalysisQuery, Result<AnalysisPage>>
{
    public async ValueTask<Result<AnalysisPage>> Handle(GetAnalysisQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        var snapshots = await db.BoardSnapshots.AsNoTracking()
            .Where(s => s.PhaseId == query.PhaseId)
            .OrderByDescending(s => s.AsOf)
            .Take(100)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var frozen = context.Board?.FrozenSnapshotId;
        var analyses = await (
                from a in db.BoardAnalyses.AsNoTracking()
                where a.PhaseId == query.PhaseId
                join s in db.BoardSnapshots on a.SnapshotId equals s.Id
                orderby s.AsOf descending
                select new AnalysisListItem(a.Id, a.SnapshotId, s.Kind, s.AsOf, a.Status, a.EntriesDone, a.EntriesTotal, a.ResamplePercent, a.Resamples, a.FailureReason, a.RequestedAt, a.FinishedAt))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var published = context.Board?.PublishedAnalysisId;
        AnalysisListItem? selected;
        if (query.AnalysisId is { } id)
        {
            selected = analyses.FirstOrDefault(a => a.Id == id);
            if (selected is null)
            {
                return AnalysisErrors.AnalysisNotFound.With();
            }
        }
        else
        {
            selected = analyses.FirstOrDefault(a => a.Id == published)
                ?? analyses.FirstOrDefault(a => a.SnapshotId == frozen)
                ?? analyses.FirstOrDefault();
        }

        AnalysisReportData? report = null;
        if (selected is { Status: AnalysisStatus.Succeeded })
        {
            var json = await db.BoardAnalyses.AsNoTracking().Where(a => a.Id == selected.Id).Select(a => a.ReportJson).FirstAsync(cancellationToken).ConfigureAwait(false);
            report = json is null ? null : AnalysisReportData.FromJson(json);
        }

        var choices = snapshots.Select(s => new SnapshotChoice(s.Id, s.Kind, s.AsOf, s.RowCount, s.Id == frozen)).ToList();
        return new AnalysisPage(context.Phase.Id, context.Phase.Code, context.Kind, analyses, choices, selected, report, published);
    }
}
