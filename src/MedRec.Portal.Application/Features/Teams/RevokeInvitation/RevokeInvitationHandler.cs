using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.RevokeInvitation;

public sealed class RevokeInvitationHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<RevokeInvitationCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var invitation = await db.TeamInvitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId, cancellationToken).ConfigureAwait(false);
        var leaderId = invitation is null
            ? (Guid?)null
            : await db.Teams.Where(t => t.Id == invitation.TeamId).Select(t => (Guid?)t.LeaderId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (invitation is null || leaderId is null)
        {
            return Result.Failure(TeamErrors.InvitationNotFound.With());
        }

        if (leaderId != command.Actor.UserId && !command.Actor.IsOrganizer)
        {
            return Result.Failure(TeamRuleErrors.OnlyLeaderRevokes.With());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        invitation.Revoke(now);
        db.Audit(command.Actor, AuditActions.InvitationRevoked, nameof(Team), invitation.TeamId, before: null, new { InvitationId = invitation.Id, invitation.RevokedAt }, now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
