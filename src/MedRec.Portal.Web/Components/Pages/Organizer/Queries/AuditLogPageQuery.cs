using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Audit.QueryAuditLog;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Web.Components.Pages.Organizer.Queries;

/// <summary>
/// The audit page's rows. Temporary stand-in for QueryAuditLogQuery, whose left join onto the user summaries
/// throws "Nullable object must have a value" on events without an actor (start-up seeding writes those):
/// here the page of events and the actors' names are read in two plain queries and joined in memory.
/// </summary>
public sealed class AuditLogPageQuery(IPortalDbContextFactory contexts)
{
    /// <summary>One page of events, newest first, optionally of one action; organisers only (the page is guarded by role too).</summary>
    public async Task<PagedList<AuditEntry>?> GetAsync(Actor actor, string? action, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOrganizer)
        {
            return null;
        }

        var (number, size, skip) = PagedList<AuditEntry>.Normalize(page, pageSize);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action))
        {
            var wanted = action.Trim();
            events = events.Where(e => e.Action == wanted);
        }

        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Skip(skip).Take(size).ToListAsync(cancellationToken);
        var actorIds = rows.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var names = await db.UserSummaries.Where(u => actorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var entries = rows.Select(e => new AuditEntry(
            e.Id, e.OccurredAt, e.ActorUserId, e.ActorUserId is { } id ? names.GetValueOrDefault(id, "") : "",
            e.Action, e.EntityType, e.EntityId, e.BeforeJson, e.AfterJson)).ToList();
        return new PagedList<AuditEntry>(entries, total, number, size);
    }
}
