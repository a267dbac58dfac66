using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.Snapshots;

public sealed class ListSnapshotsHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<ListSnapshotsQuery, Result<PagedList<SnapshotInfo>>>
{
    public async ValueTask<Result<PagedList<SnapshotInfo>>> Handle(ListSnapshotsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organizer = query.Actor?.IsOrganizer == true;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (context is null || (!organizer && !context.TaskPublished))
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        if (!organizer && !context.IsVisibleToParticipants)
        {
            return LeaderboardErrors.NotReleased;
        }

        var snapshots = db.BoardSnapshots.AsNoTracking().Where(s => s.PhaseId == query.PhaseId);
        if (!organizer)
        {
            snapshots = snapshots.Where(s => s.Kind == SnapshotKind.Freeze || s.Kind == SnapshotKind.Hourly);
            if (context.Board?.FreezeInstantAt(now) is { } freeze)
            {
                snapshots = snapshots.Where(s => s.AsOf <= freeze);
            }
        }

        var (page, size, skip) = PagedList<SnapshotInfo>.Normalize(query.Page, query.PageSize);
        var total = await snapshots.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await snapshots
            .OrderByDescending(s => s.AsOf)
            .ThenByDescending(s => s.TakenAt)
            .Skip(skip)
            .Take(size)
            .Select(s => new SnapshotInfo(s.Id, s.Kind, s.AsOf, s.TakenAt, s.RowCount, s.Kind != SnapshotKind.Manual))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedList<SnapshotInfo>(rows, total, page, size);
    }
}
