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
        if (!query.Actor.IsOrganizer)
        {
            return CommonErrors.OrganizersOnly;
        }

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
        var rows = await (
                from e in events
                join user in db.UserSummaries on e.ActorUserId equals (Guid?)user.Id into actors
                from user in actors.DefaultIfEmpty()
                orderby e.OccurredAt descending, e.Id descending
                select new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, user == null ? "" : user.DisplayName, e.Action, e.EntityType, e.EntityId, e.BeforeJson, e.AfterJson))
            .Skip(skip)
            .Take(size)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedList<AuditEntry>(rows, total, page, size);
    }
}
