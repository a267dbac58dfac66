using MedRec.Portal.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Tasks.ListTasks;

public sealed class ListTasksHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<ListTasksQuery, IReadOnlyList<TaskListItem>>
{
    public async ValueTask<IReadOnlyList<TaskListItem>> Handle(ListTasksQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organizer = query.Actor?.IsOrganizer == true;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);

        // A portal runs a handful of tasks: loading them with their phases is cheaper than clever SQL.
        var tasks = await db.Tasks.AsNoTracking()
            .Include(t => t.Phases)
            .Where(t => organizer || t.IsPublished)
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var teamCounts = await db.Teams.AsNoTracking()
            .Where(t => taskIds.Contains(t.TaskId))
            .GroupBy(t => t.TaskId)
            .Select(g => new { TaskId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TaskId, x => x.Count, cancellationToken)
            .ConfigureAwait(false);

        var now = clock.GetUtcNow().UtcDateTime;
        return tasks.Select(t =>
        {
            var current = t.CurrentPhase(now);
            return new TaskListItem(
                t.Id,
                t.Slug,
                t.Kind,
                t.TitleZh,
                t.TitleEn,
                t.DescriptionZh,
                t.DescriptionEn,
                t.IsPublished,
                current?.Code,
                current?.StatusAt(now),
                current?.OpensAt,
                current?.ClosesAt,
                t.Phases.Count,
                teamCounts.GetValueOrDefault(t.Id));
        }).ToList();
    }
}
