using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>The quota ledger of the task's phases, oldest first: every counted and uncounted upload, refund and grant.</summary>
internal static class QuotaLedgerTable
{
    public static async Task<ExportTable> BuildAsync(IPortalDbContext db, IReadOnlyList<Phase> phases, ExportTexts texts, CancellationToken cancellationToken)
    {
        var phaseById = phases.ToDictionary(p => p.Id);
        var phaseIds = phaseById.Keys.ToList();
        var entries = await db.QuotaLedger.AsNoTracking()
            .Where(e => phaseIds.Contains(e.PhaseId))
            .OrderBy(e => e.OccurredAt)
            .ThenBy(e => e.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var taskId = phases.Count > 0 ? phases[0].TaskId : Guid.Empty;
        var teams = await ExportLookups.TeamNamesAsync(db, taskId, cancellationToken).ConfigureAwait(false);
        var users = await ExportLookups.UsersAsync(db, entries.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value), cancellationToken).ConfigureAwait(false);

        ExportColumn[] columns =
        [
            new(texts.Phase),
            new(texts.Team),
            new(texts.OccurredAtUtc, ExportColumnKind.DateTime),
            new(texts.OccurredAtPhase, ExportColumnKind.DateTime),
            new(texts.Zone),
            new(texts.QuotaDay, ExportColumnKind.Date),
            new(texts.Kind),
            new(texts.ExtraAttempts, ExportColumnKind.Integer),
            new(texts.Reason),
            new(texts.Actor),
            new(texts.SubmissionId),
        ];
        var rows = entries.Select(e =>
            {
                var phase = phaseById[e.PhaseId];
                return (IReadOnlyList<object?>)new object?[]
                {
                    phase.Code,
                    teams.GetValueOrDefault(e.TeamId, ""),
                    e.OccurredAt,
                    PhaseTime.ToPhaseLocal(e.OccurredAt, phase.QuotaTimeZoneId),
                    phase.QuotaTimeZoneId,
                    e.QuotaDay,
                    texts.LedgerKindName(e.Kind),
                    e.ExtraAttempts,
                    e.Reason,
                    e.ActorUserId is { } actor ? users.GetValueOrDefault(actor, ExportUser.Unknown).DisplayName : texts.System,
                    e.SubmissionId?.ToString(),
                };
            })
            .ToList();
        return new ExportTable("quota-ledger", texts.QuotaSheet, columns, rows);
    }
}
