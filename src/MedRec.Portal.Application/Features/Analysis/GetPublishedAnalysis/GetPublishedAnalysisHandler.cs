using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Analysis.GetPublishedAnalysis;

public sealed class GetPublishedAnalysisHandler(IPortalDbContextFactory contexts) : IQueryHandler<GetPublishedAnalysisQuery, Result<PublicAnalysisView>>
{
    public async ValueTask<Result<PublicAnalysisView>> Handle(GetPublishedAnalysisQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (context is null || !context.TaskPublished)
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        if (!context.IsVisibleToParticipants)
        {
            return LeaderboardErrors.NotReleased;
        }

        if (context.Board?.PublishedAnalysisId is not { } id)
        {
            return AnalysisErrors.NotPublished.With();
        }

        var stored = await (
                from a in db.BoardAnalyses.AsNoTracking()
                where a.Id == id && a.Status == AnalysisStatus.Succeeded
                join s in db.BoardSnapshots on a.SnapshotId equals s.Id
                select new { a.ReportJson, s.AsOf })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (stored?.ReportJson is null)
        {
            return AnalysisErrors.NotPublished.With();
        }

        var viewerTeamId = query.Actor is null
            ? null
            : await db.TeamMembers.AsNoTracking()
                .Where(m => m.TaskId == context.Phase.TaskId && m.UserId == query.Actor.UserId)
                .Select(m => (Guid?)m.TeamId)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
        var report = AnalysisReportData.FromJson(stored.ReportJson);
        var entries = report.Entries.Select(e => new PublicAnalysisEntry(e.TeamId, e.Name, e.Score, e.CiLow, e.CiHigh, e.Rank, e.Band)).ToList();
        var own = viewerTeamId is null ? [] : report.Entries.FirstOrDefault(e => e.TeamId == viewerTeamId)?.Labels ?? [];
        return new PublicAnalysisView(id, stored.AsOf, report.Resamples, report.Alpha, entries, viewerTeamId, own);
    }
}
