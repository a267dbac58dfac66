using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>
/// The audit events about the task, oldest first: those whose record is the task, one of its phases (and their
/// boards), teams, registrations, submissions, quota grants, snapshots, moderations or baselines. Audit events
/// carry file facts (name, SHA-256, counts) for gold uploads, never gold content.
/// </summary>
internal static class TaskAuditTable
{
    public static async Task<ExportTable> BuildAsync(IPortalDbContext db, Guid taskId, IReadOnlyList<Phase> phases, ExportTexts texts, CancellationToken cancellationToken)
    {
        var ids = await EntityIdsAsync(db, taskId, phases, cancellationToken).ConfigureAwait(false);
        var events = new List<Domain.Audit.AuditEvent>();
        foreach (var chunk in ids.Chunk(ExportLookups.ChunkSize))
        {
            events.AddRange(await db.AuditEvents.AsNoTracking().Where(e => chunk.Contains(e.EntityId)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        events.Sort((x, y) => x.OccurredAt != y.OccurredAt ? x.OccurredAt.CompareTo(y.OccurredAt) : x.Id.CompareTo(y.Id));
        var users = await ExportLookups.UsersAsync(db, events.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value), cancellationToken).ConfigureAwait(false);

        ExportColumn[] columns =
        [
            new(texts.OccurredAtUtc, ExportColumnKind.DateTime),
            new(texts.Actor),
            new(texts.Email),
            new(texts.Action),
            new(texts.EntityType),
            new(texts.EntityId),
            new(texts.Before),
            new(texts.After),
        ];
        var rows = events.Select(e =>
            {
                var user = e.ActorUserId is { } actor ? users.GetValueOrDefault(actor, ExportUser.Unknown) : new ExportUser(texts.System, "");
                return (IReadOnlyList<object?>)new object?[] { e.OccurredAt, user.DisplayName, user.Email, e.Action, e.EntityType, e.EntityId, e.BeforeJson, e.AfterJson };
            })
            .ToList();
        return new ExportTable("audit-log", texts.AuditSheet, columns, rows);
    }

    private static async Task<List<string>> EntityIdsAsync(IPortalDbContext db, Guid taskId, IReadOnlyList<Phase> phases, CancellationToken cancellationToken)
    {
        var phaseIds = phases.Select(p => p.Id).ToList();
        var ids = new HashSet<Guid> { taskId };
        ids.UnionWith(phaseIds);
        ids.UnionWith(await db.Teams.AsNoTracking().Where(t => t.TaskId == taskId).Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        ids.UnionWith(await db.Registrations.AsNoTracking().Where(r => r.TaskId == taskId).Select(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        ids.UnionWith(await db.Submissions.AsNoTracking().Where(s => s.TaskId == taskId).Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        ids.UnionWith(await db.QuotaLedger.AsNoTracking().Where(e => phaseIds.Contains(e.PhaseId)).Select(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        ids.UnionWith(await db.BoardSnapshots.AsNoTracking().Where(s => phaseIds.Contains(s.PhaseId)).Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        ids.UnionWith(await db.BoardModerations.AsNoTracking().Where(m => phaseIds.Contains(m.PhaseId)).Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        ids.UnionWith(await db.Baselines.AsNoTracking().Where(b => b.TaskId == taskId).Select(b => b.Id).ToListAsync(cancellationToken).ConfigureAwait(false));

        // Audit rows store ids as text in their invariant "D" form (PortalDbContextExtensions.Audit).
        return ids.Select(id => id.ToString()).ToList();
    }
}
