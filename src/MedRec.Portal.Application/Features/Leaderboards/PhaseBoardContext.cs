using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>A phase with what every board use case needs: its task's kind and publication, and its board state.</summary>
internal sealed record PhaseBoardContext(Phase Phase, TaskKind Kind, bool TaskPublished, PhaseBoard? Board)
{
    public LeaderboardMetrics Metrics => LeaderboardMetrics.For(Kind);

    /// <summary>Participants may see the board: the task is published and the phase's board public or released.</summary>
    public bool IsVisibleToParticipants => TaskPublished && Phase.IsBoardVisibleToParticipants;

    /// <summary>Loads the phase (tracked when <paramref name="track"/>, for commands), or null when it does not exist.</summary>
    /// <remarks>
    /// One query (the phase joined to its task and, when it has one, its board row): every board request starts
    /// here, and on PostgreSQL each round trip waits on a server that shares the machine's cores.
    /// </remarks>
    public static async Task<PhaseBoardContext?> LoadAsync(IPortalDbContext db, Guid phaseId, CancellationToken cancellationToken, bool track = false)
    {
        var query =
            from p in db.Phases
            where p.Id == phaseId
            join t in db.Tasks on p.TaskId equals t.Id
            join b in db.PhaseBoards on p.Id equals b.PhaseId into boards
            from b in boards.DefaultIfEmpty()
            select new { Phase = p, t.Kind, t.IsPublished, Board = b };
        var row = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new PhaseBoardContext(row.Phase, row.Kind, row.IsPublished, row.Board);
    }

    /// <summary>The board row, created (and added to <paramref name="db"/>) when the phase has none yet.</summary>
    public PhaseBoard EnsureBoard(IPortalDbContext db, DateTime nowUtc)
    {
        if (Board is not null)
        {
            return Board;
        }

        var board = new PhaseBoard(Phase.Id, nowUtc);
        db.PhaseBoards.Add(board);
        return board;
    }

    public BoardStatus StatusAt(DateTime nowUtc) => new(
        Phase.Id,
        IsVisibleToParticipants,
        Board?.IsFrozenAt(nowUtc) == true,
        Board?.FreezeInstantAt(nowUtc),
        Board?.FrozenAt is null ? Board?.FreezeScheduledAt : null,
        Board?.HideOwnScoresWhileFrozen == true,
        Board?.PublishHourly == true,
        Board?.HourlySnapshotAt);
}
