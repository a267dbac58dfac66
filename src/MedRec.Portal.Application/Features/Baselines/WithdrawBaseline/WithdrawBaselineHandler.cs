using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Baselines.WithdrawBaseline;

public sealed class WithdrawBaselineHandler(IPortalDbContextFactory contexts, ILeaderboardEvents boardEvents, TimeProvider clock) : ICommandHandler<WithdrawBaselineCommand, Result>
{
    public async ValueTask<Result> Handle(WithdrawBaselineCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var entry = await db.Baselines.FirstOrDefaultAsync(b => b.Id == command.BaselineId, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return Result.Failure(BaselineErrors.BaselineNotFound.With());
        }

        if (entry.WithdrawnAt is not null)
        {
            return Result.Failure(BaselineErrors.AlreadyWithdrawn.With(entry.Name));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        entry.Withdraw(now);
        db.Audit(command.Actor, LeaderboardAuditActions.BaselineWithdrawn, nameof(BaselineEntry), entry.Id, new { entry.Name, entry.PhaseId, WithdrawnAt = (DateTime?)null }, new { entry.WithdrawnAt }, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        boardEvents.Publish(new BoardChanged(entry.PhaseId, BoardChangeKind.BaselineChanged, now));
        return Result.Success();
    }
}
