using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>
/// Every submission of the task's phases, oldest first: team, who uploaded it, when (UTC and the phase's quota
/// zone), status, whether it counted, every metric, SHA-256 and the team's description. Never the file itself,
/// its validation report or anything about gold.
/// </summary>
internal static class SubmissionLedgerTable
{
    public static async Task<ExportTable> BuildAsync(IPortalDbContext db, Guid taskId, IReadOnlyList<Phase> phases, LeaderboardMetrics metrics, ExportTexts texts, CancellationToken cancellationToken)
    {
        var phaseById = phases.ToDictionary(p => p.Id);
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.TaskId == taskId)
            .OrderBy(s => s.SubmittedAt)
            .ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.PhaseId,
                s.TeamId,
                s.SubmittedByUserId,
                s.SubmittedAt,
                s.QuotaDay,
                s.Status,
                s.Counted,
                s.CountingNote,
                s.PrimaryScore,
                s.MetricsJson,
                s.ScoredAt,
                s.OriginalFileName,
                s.Sha256,
                s.Description,
                s.FailureReason,
                s.IsSelectedForFinal,
            })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var teams = await ExportLookups.TeamNamesAsync(db, taskId, cancellationToken).ConfigureAwait(false);
        var users = await ExportLookups.UsersAsync(db, submissions.Select(s => s.SubmittedByUserId), cancellationToken).ConfigureAwait(false);

        var columns = new List<ExportColumn>
        {
            new(texts.Phase),
            new(texts.Team),
            new(texts.User),
            new(texts.Email),
            new(texts.SubmittedAtUtc, ExportColumnKind.DateTime),
            new(texts.PhaseTime, ExportColumnKind.DateTime),
            new(texts.Zone),
            new(texts.QuotaDay, ExportColumnKind.Date),
            new(texts.Status),
            new(texts.Counted, ExportColumnKind.Flag),
        };
        columns.AddRange(metrics.Columns.Select(c => new ExportColumn(c.DisplayName, ExportColumnKind.Metric)));
        columns.AddRange(
        [
            new(texts.ScoredAtUtc, ExportColumnKind.DateTime),
            new(texts.SelectedForFinal, ExportColumnKind.Flag),
            new(texts.FileName),
            new(texts.Sha256),
            new(texts.Description),
            new(texts.CountingNote),
            new(texts.FailureReason),
            new(texts.SubmissionId),
        ]);

        var rows = new List<IReadOnlyList<object?>>(submissions.Count);
        foreach (var s in submissions)
        {
            var phase = phaseById.GetValueOrDefault(s.PhaseId);
            var zone = phase?.QuotaTimeZoneId ?? PhaseSettings.DefaultTimeZoneId;
            var user = users.GetValueOrDefault(s.SubmittedByUserId, ExportUser.Unknown);
            var values = s.MetricsJson is null ? null : MetricValues.Read(s.MetricsJson);
            var cells = new List<object?>
            {
                phase?.Code ?? "",
                teams.GetValueOrDefault(s.TeamId, ""),
                user.DisplayName,
                user.Email,
                s.SubmittedAt,
                PhaseTime.ToPhaseLocal(s.SubmittedAt, zone),
                zone,
                s.QuotaDay,
                texts.StatusName(s.Status),
                s.Counted,
            };
            cells.AddRange(metrics.Columns.Select((c, i) => (object?)(values is null ? null
                : values.TryGetValue(c.Key, out var v) ? v
                : i == 0 ? s.PrimaryScore : null)));
            cells.AddRange([s.ScoredAt, s.IsSelectedForFinal, s.OriginalFileName, s.Sha256, s.Description, s.CountingNote, s.FailureReason, s.Id.ToString()]);
            rows.Add(cells);
        }

        return new ExportTable("submissions", texts.SubmissionsSheet, columns, rows);
    }
}
