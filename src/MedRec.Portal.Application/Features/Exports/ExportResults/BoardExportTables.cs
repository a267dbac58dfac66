using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>A phase's board as an export table: rank, team, every metric, submission count, time, baseline flag.</summary>
internal static class BoardExportTables
{
    /// <summary>The live board, computed now as organisers see it (moderation applied).</summary>
    public static ExportTable Live(Phase phase, RankedBoard board, LeaderboardMetrics metrics, ExportTexts texts) =>
        Table($"board-{ExportKeys.Safe(phase.Code)}-live", texts.LiveBoardSheet(phase.Code), board.Rows.Select(r => new Row(r.Rank, r.Name, r.Metrics, r.SubmissionCount, r.SubmittedAt, r.IsBaseline, r.IsOverridden)), metrics, texts);

    /// <summary>The phase's most recent stored snapshot (freeze, hourly or manual) with a line for the About sheet, or null.</summary>
    public static async Task<(ExportTable Table, string Note)?> LatestSnapshotAsync(IPortalDbContext db, Phase phase, LeaderboardMetrics metrics, ExportTexts texts, CancellationToken cancellationToken)
    {
        var snapshot = await db.BoardSnapshots.AsNoTracking()
            .Where(s => s.PhaseId == phase.Id)
            .OrderByDescending(s => s.TakenAt)
            .ThenByDescending(s => s.AsOf)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (snapshot is null)
        {
            return null;
        }

        var stored = await db.BoardSnapshotRows.AsNoTracking()
            .Where(r => r.SnapshotId == snapshot.Id)
            .OrderBy(r => r.Position)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var rows = stored.Select(r => new Row(r.Rank, r.Name, MetricValues.InColumnOrder(MetricValues.Read(r.MetricsJson), metrics, r.PrimaryScore), r.SubmissionCount, r.SubmittedAt, r.IsBaseline, r.IsOverridden));
        var table = Table($"board-{ExportKeys.Safe(phase.Code)}-snapshot", texts.SnapshotSheet(phase.Code), rows, metrics, texts);
        return (table, texts.SnapshotDescription(texts.SnapshotKindName(snapshot.Kind), snapshot.AsOf, snapshot.TakenAt));
    }

    private static ExportTable Table(string key, string title, IEnumerable<Row> rows, LeaderboardMetrics metrics, ExportTexts texts)
    {
        var columns = new List<ExportColumn> { new(texts.Rank, ExportColumnKind.Integer), new(texts.Team) };
        columns.AddRange(metrics.Columns.Select(c => new ExportColumn(c.DisplayName, ExportColumnKind.Metric)));
        columns.Add(new(texts.SubmissionCount, ExportColumnKind.Integer));
        columns.Add(new(texts.SubmittedAtUtc, ExportColumnKind.DateTime));
        columns.Add(new(texts.Baseline, ExportColumnKind.Flag));
        columns.Add(new(texts.Overridden, ExportColumnKind.Flag));

        var values = new List<IReadOnlyList<object?>>();
        var baselines = new HashSet<int>();
        foreach (var row in rows)
        {
            if (row.IsBaseline)
            {
                baselines.Add(values.Count);
            }

            var cells = new List<object?> { row.Rank, row.Name };
            cells.AddRange(metrics.Columns.Select(c => (object?)Value(row.Metrics, c.Key)));
            cells.Add(row.SubmissionCount);
            cells.Add(row.SubmittedAt);
            cells.Add(row.IsBaseline);
            cells.Add(row.IsOverridden);
            values.Add(cells);
        }

        return new ExportTable(key, title, columns, values, baselines);
    }

    private static double? Value(MetricScores metrics, string key)
    {
        foreach (var metric in metrics)
        {
            if (string.Equals(metric.Key, key, StringComparison.Ordinal))
            {
                return metric.Value;
            }
        }

        return null;
    }

    private sealed record Row(int? Rank, string Name, MetricScores Metrics, int SubmissionCount, DateTime SubmittedAt, bool IsBaseline, bool IsOverridden);
}
