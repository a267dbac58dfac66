using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Freeze;

public sealed class SetBoardOptionsHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<SetBoardOptionsCommand, Result>
{
    public async ValueTask<Result> Handle(SetBoardOptionsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken, track: true).ConfigureAwait(false);
        if (context is null)
        {
            return Result.Failure(LeaderboardErrors.PhaseNotFound);
        }

        var board = context.EnsureBoard(db, now);
        var before = new { board.HideOwnScoresWhileFrozen, board.PublishHourly };
        board.SetOptions(command.HideOwnScoresWhileFrozen, command.PublishHourly, now);
        db.Audit(command.Actor, LeaderboardAuditActions.OptionsChanged, nameof(PhaseBoard), board.PhaseId, before, new { board.HideOwnScoresWhileFrozen, board.PublishHourly }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            events.Publish(new BoardChanged(board.PhaseId, BoardChangeKind.StateChanged, now));
        }

        return saved;
    }
}
