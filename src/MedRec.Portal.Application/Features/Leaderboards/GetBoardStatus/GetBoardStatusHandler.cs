using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.GetBoardStatus;

public sealed class GetBoardStatusHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<GetBoardStatusQuery, Result<BoardStatus>>
{
    public async ValueTask<Result<BoardStatus>> Handle(GetBoardStatusQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, query.PhaseId, cancellationToken).ConfigureAwait(false);
        return context is null ? LeaderboardErrors.PhaseNotFound : context.StatusAt(clock.GetUtcNow().UtcDateTime);
    }
}
