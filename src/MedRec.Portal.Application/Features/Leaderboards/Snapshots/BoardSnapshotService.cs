using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Application.Features.Leaderboards.Snapshots;

/// <summary>
/// The scheduled side of freezes and hourly publishing, run by a background job every few seconds. A due freeze
/// is taken as of its scheduled instant (scores that arrived after it are left out, however late the job runs);
/// an hourly board as of the hour mark. Hourly snapshots pause while a board is frozen, so they cannot show what
/// the freeze hides. Saves under the board's version, so two jobs never store the same freeze twice.
/// </summary>
public sealed class BoardSnapshotService(IPortalDbContextFactory contexts, ILeaderboardEvents events, Notifier notifier, TimeProvider clock, ILogger<BoardSnapshotService> logger)
{
    /// <summary>Takes every due freeze and hourly snapshot; returns how many were stored.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> phaseIds;
        await using (var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false))
        {
            phaseIds = await db.PhaseBoards.AsNoTracking()
                .Where(b => (b.FrozenAt == null && b.FreezeScheduledAt <= now) || b.PublishHourly)
                .Select(b => b.PhaseId)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        var stored = 0;
        foreach (var phaseId in phaseIds)
        {
            if (await RunPhaseAsync(phaseId, now, cancellationToken).ConfigureAwait(false))
            {
                stored++;
            }
        }

        return stored;
    }

    private async Task<bool> RunPhaseAsync(Guid phaseId, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, phaseId, cancellationToken, track: true).ConfigureAwait(false);
        if (context?.Board is not { } board)
        {
            return false;
        }

        BoardSnapshot snapshot;
        if (board.IsFreezeDueAt(now))
        {
            var instant = board.FreezeScheduledAt!.Value;
            snapshot = await BoardSnapshots.TakeAsync(db, context, SnapshotKind.Freeze, instant, now, null, cancellationToken).ConfigureAwait(false);
            board.Freeze(snapshot.Id, instant, now);
            db.Audit(null, LeaderboardAuditActions.Frozen, nameof(PhaseBoard), phaseId, null, new { board.FrozenAt, SnapshotId = snapshot.Id, snapshot.RowCount, Scheduled = true }, now);
            // Participants are told as when an organiser freezes by hand; the mail is saved with the freeze, so a
            // second job that loses the race sends nothing.
            await BoardNotifications.AddAsync(db, notifier, context.Phase, (texts, task, phase) => texts.BoardFrozen(task, phase), cancellationToken).ConfigureAwait(false);
        }
        else if (!board.IsFrozenAt(now) && board.HourlySnapshotDueAt(now) is { } hour)
        {
            snapshot = await BoardSnapshots.TakeAsync(db, context, SnapshotKind.Hourly, hour, now, null, cancellationToken).ConfigureAwait(false);
            board.PublishHourlySnapshot(snapshot.Id, hour, now);
        }
        else
        {
            return false;
        }

        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            logger.LogInformation("Board snapshot of phase {PhaseId} not stored: {Error} (another job or an organiser changed it first)", phaseId, saved);
            return false;
        }

        events.Publish(new BoardChanged(phaseId, snapshot.Kind == SnapshotKind.Freeze ? BoardChangeKind.StateChanged : BoardChangeKind.SnapshotTaken, now));
        return true;
    }
}
