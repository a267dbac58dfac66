using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Snapshots;

public sealed class TakeSnapshotHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<TakeSnapshotCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TakeSnapshotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        var snapshot = await BoardSnapshots.TakeAsync(db, context, SnapshotKind.Manual, now, now, command.Actor.UserId, cancellationToken).ConfigureAwait(false);
        db.Audit(command.Actor, LeaderboardAuditActions.SnapshotTaken, nameof(BoardSnapshot), snapshot.Id, null, new { snapshot.PhaseId, snapshot.Kind, snapshot.AsOf, snapshot.RowCount }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<Guid>.Failure(saved.Errors);
        }

        events.Publish(new BoardChanged(command.PhaseId, BoardChangeKind.SnapshotTaken, now));
        return snapshot.Id;
    }
}
