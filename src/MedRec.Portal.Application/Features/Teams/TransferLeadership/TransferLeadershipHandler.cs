using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.TransferLeadership;

public sealed class TransferLeadershipHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<TransferLeadershipCommand, Result>
{
    public async ValueTask<Result> Handle(TransferLeadershipCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == command.TeamId, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return Result.Failure(TeamErrors.TeamNotFound.With());
        }

        if (team.CheckCanTransferLeadership(command.Actor.UserId, command.NewLeaderId) is { } error)
        {
            return Result.Failure(error);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = new { team.LeaderId };
        team.TransferLeadership(command.Actor.UserId, command.NewLeaderId, now);
        db.Audit(command.Actor, AuditActions.LeadershipTransferred, nameof(Team), team.Id, before, new { team.LeaderId }, now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
