using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Baselines.ListRuns;

public sealed class ListBaselineRunsHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListBaselineRunsQuery, Result<IReadOnlyList<BaselineRunListItem>>>
{
    public async ValueTask<Result<IReadOnlyList<BaselineRunListItem>>> Handle(ListBaselineRunsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from r in db.BaselineRuns.AsNoTracking()
                join m in db.BaselineModels.AsNoTracking() on r.ModelId equals m.Id
                join p in db.Phases.AsNoTracking() on r.PhaseId equals p.Id
                where r.TaskId == query.TaskId
                select new { Run = r, ModelLabel = m.Label, p.Code })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var numbers = await BaselineRunNumbers.OfTaskAsync(db, query.TaskId, cancellationToken).ConfigureAwait(false);
        return rows
            .OrderByDescending(x => numbers.GetValueOrDefault(x.Run.Id))
            .Select(x => new BaselineRunListItem(
                x.Run.Id, numbers.GetValueOrDefault(x.Run.Id), x.Run.ModelId, x.ModelLabel, x.Run.PhaseId, x.Code, x.Run.Label, x.Run.BatchSize, x.Run.Status, x.Run.Provider,
                x.Run.RequestedAt, x.Run.StartedAt, x.Run.FinishedAt, x.Run.RecordsDone, x.Run.RecordsTotal, x.Run.RecordsPerSecond,
                x.Run.FailureReason, x.Run.CancelRequestedAt is not null, x.Run.BaselineEntryId, MetricValues.Parse(x.Run.MetricsJson)))
            .ToList();
    }
}
