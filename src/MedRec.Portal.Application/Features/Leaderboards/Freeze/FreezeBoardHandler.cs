using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

public sealed class FreezeBoardHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, Notifier notifier, TimeProvider clock) : ICommandHandler<FreezeBoardCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(FreezeBoardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken, track: true).ConfigureAwait(false);
        if (context is null)
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        var board = context.EnsureBoard(db, now);
        if (board.FrozenAt is { } since)
        {
            return BoardRuleErrors.AlreadyFrozen.With(since.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }

        // A scheduled freeze that is already due freezes at its own instant, as the job would have done.
        var instant = board.IsFreezeDueAt(now) ? board.FreezeScheduledAt!.Value : now;
        var snapshot = await BoardSnapshots.TakeAsync(db, context, SnapshotKind.Freeze, instant, now, command.Actor.UserId, cancellationToken).ConfigureAwait(false);
        board.Freeze(snapshot.Id, instant, now);
        db.Audit(command.Actor, LeaderboardAuditActions.Frozen, nameof(PhaseBoard), board.PhaseId, null, new { board.FrozenAt, SnapshotId = snapshot.Id, snapshot.RowCount }, now);
        await BoardNotifications.AddAsync(db, notifier, context.Phase, (texts, task, phase) => texts.BoardFrozen(task, phase), cancellationToken).ConfigureAwait(false);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<Guid>.Failure(saved.Errors);
        }

        notifier.Wake();

        events.Publish(new BoardChanged(board.PhaseId, BoardChangeKind.StateChanged, now));
        return snapshot.Id;
    }
}
