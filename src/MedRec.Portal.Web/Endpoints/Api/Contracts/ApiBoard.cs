using MedRec.Portal.Application.Features.Leaderboards;

namespace MedRec.Portal.Web.Endpoints.Api.Contracts;

/// <summary>
/// One page of a phase's leaderboard, exactly as the Leaderboard page shows it to the caller: the freeze snapshot
/// while frozen, the hourly snapshot in hourly mode, else live (<see cref="Source"/>; <see cref="AsOf"/> null = live).
/// </summary>
public sealed record ApiBoard(
    Guid PhaseId,
    string PhaseCode,
    string TaskKind,
    string Source,
    DateTime? AsOf,
    bool IsFrozen,
    IReadOnlyList<ApiBoardColumn> Columns,
    int Page,
    int PageSize,
    int TotalCount,
    IReadOnlyList<ApiBoardRow> Rows)
{
    public static ApiBoard From(BoardView board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return new(
            board.PhaseId,
            board.PhaseCode,
            board.TaskKind.ToString(),
            board.Source.ToString(),
            board.AsOf,
            board.Status.IsFrozen,
            [.. board.Columns.Select(c => new ApiBoardColumn(c.Key, c.DisplayName, c.IsPrimary))],
            board.Rows.Page,
            board.Rows.PageSize,
            board.Rows.TotalCount,
            [.. board.Rows.Items.Select(r => new ApiBoardRow(
                r.Position, r.Rank, r.TeamId, r.Name, r.IsBaseline, r.PrimaryScore, ApiSubmission.ToDictionary(r.Metrics), r.SubmissionCount, r.SubmittedAt, r.IsOverridden, r.IsViewerTeam))]);
    }
}

/// <summary>A metric column: its key (also the <c>sort</c> value) and short name.</summary>
public sealed record ApiBoardColumn(string Key, string Name, bool IsPrimary);

/// <summary>A board row. <see cref="Rank"/> is null for baselines; <see cref="IsOwnTeam"/> marks the caller's team.</summary>
public sealed record ApiBoardRow(
    int Position,
    int? Rank,
    Guid? TeamId,
    string Name,
    bool IsBaseline,
    double PrimaryScore,
    IReadOnlyDictionary<string, double> Metrics,
    int Submissions,
    DateTime SubmittedAt,
    bool IsOverridden,
    bool IsOwnTeam);
