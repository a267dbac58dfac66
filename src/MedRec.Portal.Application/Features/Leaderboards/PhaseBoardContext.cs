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
    public static async Task<PhaseBoardContext?> LoadAsync(IPortalDbContext db, Guid phaseId, CancellationToken cancellationToken, bool track = false)
    {
        var phases = track ? db.Phases : db.Phases.AsNoTracking();
        var phase = await phases.FirstOrDefaultAsync(p => p.Id == phaseId, cancellationToken).ConfigureAwait(false);
        if (phase is null)
        {
            return null;
        }

        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == phase.TaskId).Select(t => new { t.Kind, t.IsPublished }).FirstAsync(cancellationToken).ConfigureAwait(false);
        var boards = track ? db.PhaseBoards : db.PhaseBoards.AsNoTracking();
        var board = await boards.FirstOrDefaultAsync(b => b.PhaseId == phaseId, cancellationToken).ConfigureAwait(false);
        return new PhaseBoardContext(phase, task.Kind, task.IsPublished, board);
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
