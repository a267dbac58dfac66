using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Web.Components.Account;

/// <summary>
/// What the reset and confirm pages do with a mailed link's account and token (Identity's own checks: the token
/// is bound to the account's security stamp, so it stops working once used or once the password changed).
/// </summary>
public sealed class AccountTokens(UserManager<PortalUser> users)
{
    /// <summary>The link's account when its reset token is currently valid, else null.</summary>
    public async Task<PortalUser?> ResetTargetAsync(string? userId, string? code)
    {
        if (await FindAsync(userId, code) is not { } user)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PortalUser>.ResetPasswordTokenPurpose, code!);
        return valid ? user : null;
    }

    /// <summary>
    /// Sets the new password. The mail proved the address is theirs, so it also confirms an unconfirmed address
    /// and ends a lockout after wrong passwords, never a disable (the reset page is not a way around an organiser).
    /// </summary>
    public async Task<IdentityResult> ResetAsync(PortalUser user, string code, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.ResetPasswordAsync(user, code, password);
        if (!result.Succeeded)
        {
            return result;
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        if (user.LockoutEnd is { } end && end < UserSummary.DisabledUntil)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return result;
    }

    /// <summary>Confirms the address; false when the link is not valid (mistyped, expired, other account).</summary>
    public async Task<bool> ConfirmAsync(string? userId, string? code)
    {
        if (await FindAsync(userId, code) is not { } user)
        {
            return false;
        }

        return user.EmailConfirmed || (await users.ConfirmEmailAsync(user, code!)).Succeeded;
    }

    private async Task<PortalUser?> FindAsync(string? userId, string? code) =>
        Guid.TryParse(userId, out var id) && !string.IsNullOrWhiteSpace(code)
            ? await users.FindByIdAsync(id.ToString("D"))
            : null;
}
