using MedRec.Portal.Application.Features.Users.Links;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Web.Components.Account.Forms;
using MedRec.Portal.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Web.Components.Account;

/// <summary>
/// Creates a participant account from the registration form and mails its confirmation link. The account signs
/// in only after the link was opened (Identity's RequireConfirmedAccount), so nobody can register an address that
/// is not theirs and act under it.
/// </summary>
public sealed class AccountRegistration(UserManager<PortalUser> users, ISender mediator, TimeProvider clock)
{
    /// <summary>Returns the problems (email taken, password refused) or an empty list once the mail is queued.</summary>
    public async Task<IReadOnlyList<FormError>> RegisterAsync(RegisterInput input, Uri confirmPage, CancellationToken cancellationToken)
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

        var sent = await mediator.Send(new SendEmailConfirmationCommand(email, confirmPage), cancellationToken);
        if (sent.IsFailure)
        {
            throw new InvalidOperationException($"The confirmation mail for {email} could not be queued: {sent}");
        }

        return [];
    }
}
