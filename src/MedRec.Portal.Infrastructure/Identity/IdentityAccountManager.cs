using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Identity;

/// <summary>
/// <see cref="IAccountManager"/> on ASP.NET Core Identity. Singleton (like the handlers that use it): each call
/// takes a scope of its own for the scoped <see cref="UserManager{TUser}"/>.
/// </summary>
public sealed class IdentityAccountManager(IServiceScopeFactory scopes) : IAccountManager
{
    public Task<string> CreatePasswordResetTokenAsync(Guid userId, CancellationToken cancellationToken) =>
        WithUserAsync(userId, (users, user) => users.GeneratePasswordResetTokenAsync(user));

    public Task<string> CreateEmailConfirmationTokenAsync(Guid userId, CancellationToken cancellationToken) =>
        WithUserAsync(userId, (users, user) => users.GenerateEmailConfirmationTokenAsync(user));

    public Task UnlockAsync(Guid userId, CancellationToken cancellationToken) =>
        WithUserAsync(userId, async (users, user) =>
        {
            Check(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false), "end the lockout of", user);
            Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false), "reset the failed sign-ins of", user);
            return true;
        });

    public Task SetDisabledAsync(Guid userId, bool disabled, CancellationToken cancellationToken) =>
        WithUserAsync(userId, async (users, user) =>
        {
            if (disabled)
            {
                // Identity's "locked for ever" (UserSummary.DisabledUntil). Lockout must be enabled for it to count.
                Check(await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false), "enable lockout for", user);
                Check(await users.SetLockoutEndDateAsync(user, UserSummary.DisabledUntil).ConfigureAwait(false), "disable", user);

                // A new stamp ends the cookies and circuits already signed in at their next check.
                Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "sign out", user);
            }
            else
            {
                Check(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false), "enable", user);
                Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false), "reset the failed sign-ins of", user);
            }

            return true;
        });

    public Task SetOrganizerAsync(Guid userId, bool organizer, CancellationToken cancellationToken) =>
        WithUserAsync(userId, async (users, user) =>
        {
            if (organizer)
            {
                Check(await users.AddToRoleAsync(user, PortalRoles.Organizer).ConfigureAwait(false), "make an organiser of", user);
            }
            else
            {
                Check(await users.RemoveFromRoleAsync(user, PortalRoles.Organizer).ConfigureAwait(false), "remove the organiser role of", user);

                // Open sessions still carry the organiser claim: a new stamp ends them, so the role goes at once.
                Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "sign out", user);
            }

            return true;
        });

    private async Task<T> WithUserAsync<T>(Guid userId, Func<UserManager<PortalUser>, PortalUser, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(userId.ToString("D")).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Account {userId} does not exist; check it through UserSummaries first.");
        return await action(users, user).ConfigureAwait(false);
    }

    private static void Check(IdentityResult result, string what, PortalUser user)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what} {user.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
