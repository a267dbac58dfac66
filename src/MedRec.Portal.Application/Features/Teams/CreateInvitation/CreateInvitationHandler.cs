using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.CreateInvitation;

public sealed class CreateInvitationHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<CreateInvitationCommand, Result<InvitationInfo>>
{
    public async ValueTask<Result<InvitationInfo>> Handle(CreateInvitationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var lifetime = command.Lifetime ?? TeamInvitation.DefaultLifetime;
        if (lifetime < TimeSpan.FromMinutes(1) || lifetime > TeamInvitation.MaxLifetime)
        {
            return TeamRuleErrors.InvitationLifetime.ForField(nameof(command.Lifetime), TeamInvitation.MaxLifetime.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var team = await db.Teams.Include(t => t.Members).Include(t => t.Invitations)
            .FirstOrDefaultAsync(t => t.Id == command.TeamId, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return TeamErrors.TeamNotFound.With();
        }

        if (!team.IsLeader(command.Actor.UserId) && !command.Actor.IsOrganizer)
        {
            return TeamRuleErrors.OnlyLeaderInvites.With();
        }

        if (team.IsMerged)
        {
            return TeamRuleErrors.MergedNoInvitations.With(team.Name);
        }

        if (team.IsFull)
        {
            return TeamRuleErrors.FullForInvitation.With(team.MaxSize);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = team.Invite(Guid.CreateVersion7(), TeamInvitation.NewCode(), command.Actor.UserId, now, lifetime);
        db.Audit(command.Actor, AuditActions.InvitationCreated, nameof(Team), team.Id, before: null, new { InvitationId = invitation.Id, invitation.ExpiresAt }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess
            ? new InvitationInfo(invitation.Id, invitation.Code, invitation.CreatedAt, invitation.ExpiresAt, invitation.RevokedAt)
            : Result<InvitationInfo>.Failure(saved.Errors);
    }
}
