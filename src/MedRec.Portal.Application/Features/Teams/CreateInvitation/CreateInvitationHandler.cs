using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.CreateInvitation;

public sealed class CreateInvitationHandler(IPortalDbContextFactory contexts, Notifier notifier, TimeProvider clock) : ICommandHandler<CreateInvitationCommand, Result<InvitationInfo>>
{
    public async ValueTask<Result<InvitationInfo>> Handle(CreateInvitationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var lifetime = command.Lifetime ?? TeamInvitation.DefaultLifetime;
        if (lifetime < TimeSpan.FromMinutes(1) || lifetime > TeamInvitation.MaxLifetime)
        {
            return TeamRuleErrors.InvitationLifetime.ForField(nameof(command.Lifetime), TeamInvitation.MaxLifetime.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        }

        var invitee = command.InviteeEmail?.Trim();
        if (invitee is { Length: > 0 } && !IsAddress(invitee))
        {
            return Result<InvitationInfo>.Failure(Error.Validation(nameof(command.InviteeEmail), $"\"{invitee}\" is not an e-mail address; write it as name@example.org, or leave it empty to share the code yourself."));
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
        db.Audit(command.Actor, AuditActions.InvitationCreated, nameof(Team), team.Id, before: null, new { InvitationId = invitation.Id, invitation.ExpiresAt, Emailed = invitee is { Length: > 0 } }, now);
        if (invitee is { Length: > 0 })
        {
            var task = await db.Tasks.AsNoTracking().Where(t => t.Id == team.TaskId).Select(t => new { t.TitleZh, t.TitleEn }).FirstAsync(cancellationToken).ConfigureAwait(false);
            var inviter = await db.UserSummaries.Where(u => u.Id == command.Actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? "";
            await notifier.AddToAddressAsync(db, NotificationKind.TeamInvitation, invitee, command.InviterLanguage ?? "zh-CN",
                texts => texts.TeamInvitation(inviter, team.Name, texts.Pick(task.TitleZh, task.TitleEn), invitation.Code, invitation.ExpiresAt), cancellationToken).ConfigureAwait(false);
        }

        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess && invitee is { Length: > 0 })
        {
            notifier.Wake();
        }

        return saved.IsSuccess
            ? new InvitationInfo(invitation.Id, invitation.Code, invitation.CreatedAt, invitation.ExpiresAt, invitation.RevokedAt)
            : Result<InvitationInfo>.Failure(saved.Errors);
    }

    private static bool IsAddress(string value) =>
        value.Length <= 256 && System.Net.Mail.MailAddress.TryCreate(value, out var parsed) && parsed.Address == value;
}
