using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>
/// One page of a phase's board. <see cref="AsOf"/> is the instant a snapshot or frozen board is as of (null: live).
/// <see cref="ViewerTeamId"/> is the asking person's team in the task (to highlight), and
/// <see cref="ViewerPage"/> the page its row is on under the current sort and search (null when not on the board).
/// </summary>
public sealed record BoardView(
    Guid PhaseId,
    string PhaseCode,
    TaskKind TaskKind,
    IReadOnlyList<BoardColumn> Columns,
    BoardSource Source,
    DateTime? AsOf,
    Guid? SnapshotId,
    BoardStatus Status,
    Guid? ViewerTeamId,
    int? ViewerPage,
    PagedList<BoardRowView> Rows,
    IReadOnlySet<Guid>? FactSheetTeams = null)
{
    /// <summary>Whether the row's team owes the phase a fact sheet (the phase asks for one and the team has none).</summary>
    public bool IsFactSheetMissing(BoardRowView row) =>
        FactSheetTeams is { } teams && !row.IsBaseline && row.TeamId is { } team && !teams.Contains(team);
}
