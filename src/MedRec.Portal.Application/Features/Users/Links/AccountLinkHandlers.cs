using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Users.Links;

public sealed class RequestPasswordResetHandler(IPortalDbContextFactory contexts, AccountMails mails) : ICommandHandler<RequestPasswordResetCommand, Result>
{
    public async ValueTask<Result> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (AccountMails.CheckPage(command.ResetPage) is { } badPage)
        {
            return Result.Failure(badPage);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var user = await AccountLookup.ByEmailAsync(db, command.Email, cancellationToken).ConfigureAwait(false);
        if (user is null || user.IsDisabled)
        {
            return Result.Success();
        }

        await mails.AddPasswordResetAsync(db, user, command.ResetPage, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        mails.Wake();
        return Result.Success();
    }
}

public sealed class SendEmailConfirmationHandler(IPortalDbContextFactory contexts, AccountMails mails) : ICommandHandler<SendEmailConfirmationCommand, Result>
{
    public async ValueTask<Result> Handle(SendEmailConfirmationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (AccountMails.CheckPage(command.ConfirmPage) is { } badPage)
        {
            return Result.Failure(badPage);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var user = await AccountLookup.ByEmailAsync(db, command.Email, cancellationToken).ConfigureAwait(false);
        if (user is null || user.EmailConfirmed || user.IsDisabled)
        {
            return Result.Success();
        }

        await mails.AddConfirmationAsync(db, user, command.ConfirmPage, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        mails.Wake();
        return Result.Success();
    }
}

internal static class AccountLookup
{
    /// <summary>The account with this address (Identity keeps addresses unique; compared case-insensitively like sign-in).</summary>
    public static async Task<UserSummary?> ByEmailAsync(IPortalDbContext db, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var normalized = email.Trim().ToUpperInvariant();
        return await db.UserSummaries.FirstOrDefaultAsync(u => u.Email.ToUpper() == normalized, cancellationToken).ConfigureAwait(false);
    }
}
