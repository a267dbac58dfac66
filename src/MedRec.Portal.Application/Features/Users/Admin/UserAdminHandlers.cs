using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Users.Links;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Users.Admin;

// The identity store saves the account change itself (IAccountManager); the audit row follows in the use case's
// own unit of work, written only once the change succeeded, so the log never shows an action that did not happen.

public sealed class UnlockUserHandler(IPortalDbContextFactory contexts, IAccountManager accounts, TimeProvider clock) : ICommandHandler<UnlockUserCommand, Result>
{
    public async ValueTask<Result> Handle(UnlockUserCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (await UserAdmin.FindAsync(db, command.UserId, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return Result.Failure(UserErrors.NotFound);
        }

        if (user.IsDisabled)
        {
            return Result.Failure(UserErrors.DisabledNotLockedMessage.With(user.Email));
        }

        await accounts.UnlockAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Audit(command.Actor, UserAuditActions.Unlocked, "User", user.Id, new { user.Email, user.LockoutEnd }, new { user.Email, LockoutEnd = (DateTimeOffset?)null }, now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}

public sealed class SetUserDisabledHandler(IPortalDbContextFactory contexts, IAccountManager accounts, TimeProvider clock) : ICommandHandler<SetUserDisabledCommand, Result>
{
    public async ValueTask<Result> Handle(SetUserDisabledCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Disabled && command.UserId == command.Actor.UserId)
        {
            return Result.Failure(UserErrors.NotYourself);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (await UserAdmin.FindAsync(db, command.UserId, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return Result.Failure(UserErrors.NotFound);
        }

        if (user.IsDisabled == command.Disabled)
        {
            return Result.Success();
        }

        await accounts.SetDisabledAsync(user.Id, command.Disabled, cancellationToken).ConfigureAwait(false);
        var action = command.Disabled ? UserAuditActions.Disabled : UserAuditActions.Enabled;
        db.Audit(command.Actor, action, "User", user.Id, new { user.Email, Disabled = !command.Disabled }, new { user.Email, command.Disabled }, clock.GetUtcNow().UtcDateTime);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}

public sealed class ChangeUserRoleHandler(IPortalDbContextFactory contexts, IAccountManager accounts, TimeProvider clock) : ICommandHandler<ChangeUserRoleCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeUserRoleCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Taking away one's own role could leave the portal without an organiser; another organiser must do it.
        if (!command.Organizer && command.UserId == command.Actor.UserId)
        {
            return Result.Failure(UserErrors.NotYourself);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (await UserAdmin.FindAsync(db, command.UserId, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return Result.Failure(UserErrors.NotFound);
        }

        if (user.IsOrganizer == command.Organizer)
        {
            return Result.Success();
        }

        await accounts.SetOrganizerAsync(user.Id, command.Organizer, cancellationToken).ConfigureAwait(false);
        db.Audit(command.Actor, UserAuditActions.RoleChanged, "User", user.Id, new { user.Email, Role = UserAdmin.RoleName(user.IsOrganizer) }, new { user.Email, Role = UserAdmin.RoleName(command.Organizer) }, clock.GetUtcNow().UtcDateTime);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}

public sealed class SendPasswordResetHandler(IPortalDbContextFactory contexts, AccountMails mails, TimeProvider clock) : ICommandHandler<SendPasswordResetCommand, Result>
{
    public async ValueTask<Result> Handle(SendPasswordResetCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (AccountMails.CheckPage(command.ResetPage) is { } badPage)
        {
            return Result.Failure(badPage);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (await UserAdmin.FindAsync(db, command.UserId, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return Result.Failure(UserErrors.NotFound);
        }

        if (user.IsDisabled)
        {
            return Result.Failure(UserErrors.DisabledNoResetMessage.With(user.Email));
        }

        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return Result.Failure(UserErrors.NoEmailMessage.With(user.DisplayName));
        }

        // The mail and its audit row are saved together: either both exist or neither.
        await mails.AddPasswordResetAsync(db, user, command.ResetPage, cancellationToken).ConfigureAwait(false);
        db.Audit(command.Actor, UserAuditActions.PasswordResetSent, "User", user.Id, before: null, new { user.Email }, clock.GetUtcNow().UtcDateTime);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            mails.Wake();
        }

        return saved;
    }
}

internal static class UserAdmin
{
    public static Task<UserSummary?> FindAsync(IPortalDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.UserSummaries.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public static string RoleName(bool organizer) => organizer ? Domain.Users.PortalRoles.Organizer : Domain.Users.PortalRoles.Participant;
}
