using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.FactSheets.SetRanking;

public sealed class SetFactSheetRankingHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<SetFactSheetRankingCommand, Result>
{
    public async ValueTask<Result> Handle(SetFactSheetRankingCommand command, CancellationToken cancellationToken)
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
        var before = board.RankOnlyWithFactSheets;
        board.SetRankOnlyWithFactSheets(command.RankOnlyWithFactSheets, now);
        db.Audit(command.Actor, FactSheetAuditActions.RankingChanged, nameof(PhaseBoard), board.PhaseId, new { RankOnlyWithFactSheets = before }, new { board.RankOnlyWithFactSheets }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            events.Publish(new BoardChanged(board.PhaseId, BoardChangeKind.StateChanged, now));
        }

        return saved;
    }
}
