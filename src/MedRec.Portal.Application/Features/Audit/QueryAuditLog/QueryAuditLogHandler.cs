using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Audit.QueryAuditLog;

public sealed class QueryAuditLogHandler(IPortalDbContextFactory contexts) : IQueryHandler<QueryAuditLogQuery, Result<PagedList<AuditEntry>>>
{
    public async ValueTask<Result<PagedList<AuditEntry>>> Handle(QueryAuditLogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (page, size, skip) = PagedList<AuditEntry>.Normalize(query.Page, query.PageSize);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            events = events.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            events = events.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            events = events.Where(e => e.EntityId == query.EntityId);
        }

        if (query.ActorUserId is { } actorId)
        {
            events = events.Where(e => e.ActorUserId == actorId);
        }

        if (query.FromUtc is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (query.ToUtc is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }

        var total = await events.CountAsync(cancellationToken).ConfigureAwait(false);
        var pageOfEvents = await events
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id)
            .Skip(skip)
            .Take(size)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // Actor names in a second query and joined in memory: events written by the system (start-up seeding)
        // have no actor, and a left join onto the user projection fails to materialise on them.
        var actorIds = pageOfEvents.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var names = await db.UserSummaries
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken)
            .ConfigureAwait(false);
        var rows = pageOfEvents
            .Select(e => new AuditEntry(
                e.Id,
                e.OccurredAt,
                e.ActorUserId,
                e.ActorUserId is { } id ? names.GetValueOrDefault(id, "") : "",
                e.Action,
                e.EntityType,
                e.EntityId,
                e.BeforeJson,
                e.AfterJson))
            .ToList();
        return new PagedList<AuditEntry>(rows, total, page, size);
    }
}
