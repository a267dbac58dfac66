using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

public sealed class ScheduleFreezeHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<ScheduleFreezeCommand, Result>
{
    public async ValueTask<Result> Handle(ScheduleFreezeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.FreezeAtUtc is { Kind: DateTimeKind.Local })
        {
            return Result.Failure(LeaderboardErrors.FreezeInstantNotUtc.ForField(nameof(command.FreezeAtUtc)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken, track: true).ConfigureAwait(false);
        if (context is null)
        {
            return Result.Failure(LeaderboardErrors.PhaseNotFound);
        }

        var board = context.EnsureBoard(db, now);
        if (board.CheckSchedule(command.FreezeAtUtc, now) is { } error)
        {
            return Result.Failure(error);
        }

        var before = board.FreezeScheduledAt;
        board.ScheduleFreeze(command.FreezeAtUtc, now);
        db.Audit(command.Actor, LeaderboardAuditActions.FreezeScheduled, nameof(PhaseBoard), board.PhaseId, new { FreezeScheduledAt = before }, new { board.FreezeScheduledAt }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            events.Publish(new BoardChanged(board.PhaseId, BoardChangeKind.StateChanged, now));
        }

        return saved;
    }
}
