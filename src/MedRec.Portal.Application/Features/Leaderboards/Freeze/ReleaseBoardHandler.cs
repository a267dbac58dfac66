using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

public sealed class ReleaseBoardHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, Notifier notifier, TimeProvider clock) : ICommandHandler<ReleaseBoardCommand, Result>
{
    public async ValueTask<Result> Handle(ReleaseBoardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken, track: true).ConfigureAwait(false);
        if (context is null)
        {
            return Result.Failure(LeaderboardErrors.PhaseNotFound);
        }

        var before = context.StatusAt(now);
        if (before.IsVisibleToParticipants && !before.IsFrozen && before.FreezeScheduledAt is null)
        {
            return Result.Failure(LeaderboardErrors.NothingToRelease.With());
        }

        context.Phase.ReleaseBoard(now);
        context.Board?.Unfreeze(now);
        db.Audit(command.Actor, LeaderboardAuditActions.Released, nameof(PhaseBoard), command.PhaseId, before, new { context.Phase.BoardReleasedAt, Frozen = false }, now);
        await BoardNotifications.AddAsync(db, notifier, context.Phase, (texts, task, phase) => texts.BoardReleased(task, phase), cancellationToken).ConfigureAwait(false);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            notifier.Wake();
            events.Publish(new BoardChanged(command.PhaseId, BoardChangeKind.StateChanged, now));
        }

        return saved;
    }
}
