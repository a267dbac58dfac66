using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>Taking and reading stored board snapshots.</summary>
internal static class BoardSnapshots
{
    /// <summary>Computes the board as of <paramref name="asOfUtc"/> and adds it as a snapshot to the unit of work (not saved).</summary>
    public static async Task<BoardSnapshot> TakeAsync(IPortalDbContext db, PhaseBoardContext context, SnapshotKind kind, DateTime asOfUtc, DateTime nowUtc, Guid? takenBy, CancellationToken cancellationToken)
    {
        var board = await BoardCalculator.ComputeAsync(db, context.Phase, context.Kind, asOfUtc, nowUtc, cancellationToken).ConfigureAwait(false);
        var snapshot = new BoardSnapshot(Guid.CreateVersion7(), context.Phase.Id, kind, asOfUtc, nowUtc, takenBy, board.Rows.Count);
        db.BoardSnapshots.Add(snapshot);
        var position = 0;
        foreach (var row in board.Rows)
        {
            db.BoardSnapshotRows.Add(new BoardSnapshotRow(snapshot.Id, ++position, row, MetricValues.ToJson(row.Metrics)));
        }

        return snapshot;
    }

    /// <summary>A stored snapshot's rows as board rows, in their stored order.</summary>
    public static async Task<List<BoardRowView>> RowsAsync(IPortalDbContext db, Guid snapshotId, LeaderboardMetrics metrics, Guid? viewerTeamId, bool organizer, CancellationToken cancellationToken)
    {
        var rows = await db.BoardSnapshotRows.AsNoTracking()
            .Where(r => r.SnapshotId == snapshotId)
            .OrderBy(r => r.Position)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(r =>
            {
                var values = MetricValues.InColumnOrder(MetricValues.Read(r.MetricsJson), metrics, r.PrimaryScore);
                return new BoardRowView(r.Position, r.Rank, r.TeamId, r.Name, [.. values], r.PrimaryScore, r.SubmissionCount, r.SubmittedAt, r.IsBaseline, r.IsOverridden, viewerTeamId is not null && r.TeamId == viewerTeamId, organizer && !r.IsBaseline ? r.EntryId : null);
            })
            .ToList();
    }

    /// <summary>Computed rows as board rows.</summary>
    public static List<BoardRowView> Views(IReadOnlyList<BoardRow> rows, Guid? viewerTeamId, bool organizer) =>
        rows.Select((r, i) => new BoardRowView(i + 1, r.Rank, r.TeamId, r.Name, [.. r.Metrics], r.PrimaryScore, r.SubmissionCount, r.SubmittedAt, r.IsBaseline, r.IsOverridden, viewerTeamId is not null && r.TeamId == viewerTeamId, organizer && !r.IsBaseline ? r.EntryId : null))
            .ToList();
}
