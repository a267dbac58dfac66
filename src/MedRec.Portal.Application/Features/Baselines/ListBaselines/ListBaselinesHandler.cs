using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Baselines.ListBaselines;

public sealed class ListBaselinesHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListBaselinesQuery, Result<IReadOnlyList<BaselineListItem>>>
{
    public async ValueTask<Result<IReadOnlyList<BaselineListItem>>> Handle(ListBaselinesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from b in db.Baselines.AsNoTracking()
                join p in db.Phases.AsNoTracking() on b.PhaseId equals p.Id
                where b.TaskId == query.TaskId
                select new { b.Id, b.PhaseId, p.Code, b.Name, b.OriginalFileName, b.RecordCount, b.PrimaryScore, b.MetricsJson, b.UploadedAt, b.WithdrawnAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var ids = rows.Select(r => r.Id).ToList();
        var runs = await db.BaselineRuns.AsNoTracking()
            .Where(r => r.BaselineEntryId != null && ids.Contains(r.BaselineEntryId.Value))
            .Select(r => new { r.Id, Entry = r.BaselineEntryId!.Value })
            .ToDictionaryAsync(r => r.Entry, r => r.Id, cancellationToken)
            .ConfigureAwait(false);
        return rows
            .OrderByDescending(r => r.UploadedAt)
            .Select(r => new BaselineListItem(r.Id, r.PhaseId, r.Code, r.Name, r.OriginalFileName, r.RecordCount, r.PrimaryScore, MetricValues.Parse(r.MetricsJson), r.UploadedAt, r.WithdrawnAt, runs.TryGetValue(r.Id, out var run) ? run : null))
            .ToList();
    }
}
