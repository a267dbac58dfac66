using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Web.Components.Account.Forms;
using MedRec.Portal.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Web.Components.Account;

/// <summary>Creates a participant account from the registration form and signs the new user in.</summary>
public sealed class AccountRegistration(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TimeProvider clock)
{
    /// <summary>Returns the problems (email taken, password refused) or an empty list once signed in.</summary>
    public async Task<IReadOnlyList<FormError>> RegisterAndSignInAsync(RegisterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        var email = input.Email.Trim();
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            PreferredLanguage = PortalCultures.Normalize(input.PreferredLanguage) ?? PortalCultures.Default,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return IdentityErrors.ToFormErrors(created, nameof(RegisterInput.Password));
        }

        var inRole = await users.AddToRoleAsync(user, PortalRoles.Participant);
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException(
                $"New account {email} could not be given the {PortalRoles.Participant} role: {string.Join("; ", inRole.Errors.Select(e => e.Description))}");
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return [];
    }
}
