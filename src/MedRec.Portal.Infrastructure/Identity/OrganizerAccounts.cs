using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Infrastructure.Identity;

/// <summary>
/// Creates organiser accounts: the first one from <c>Seed:Organizer:*</c> at start, or from
/// <c>medrec admin create-organizer</c>. Scoped, like the Identity managers it uses.
/// </summary>
public sealed class OrganizerAccounts(UserManager<PortalUser> users, RoleManager<PortalRole> roles, IPortalDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>
    /// Creates an organiser with a confirmed email. Returns the new user's id, or the reasons it could not be
    /// created (invalid email, weak password, email already taken).
    /// </summary>
    public async Task<Result<Guid>> CreateAsync(string email, string password, string? displayName = null, string preferredLanguage = PortalLanguages.Chinese, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return Error.Validation("Email", $"\"{email}\" is not an email address.");
        }

        if (!PortalLanguages.IsSupported(preferredLanguage))
        {
            return Error.Validation("PreferredLanguage", $"Preferred language must be one of {string.Join(", ", PortalLanguages.All)}.");
        }

        email = email.Trim();
        if (await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            return Error.Conflict($"An account with email {email} already exists.");
        }

        await EnsureRolesAsync(roles).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(),
            PreferredLanguage = preferredLanguage,
            CreatedAt = now,
        };

        var created = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return Result<Guid>.Failure(created.Errors.Select(e => Error.Validation(e.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description)).ToList());
        }

        var inRole = await users.AddToRolesAsync(user, [PortalRoles.Organizer, PortalRoles.Participant]).ConfigureAwait(false);
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException($"Could not give {email} the organiser role: {string.Join("; ", inRole.Errors.Select(e => e.Description))}");
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        db.Audit(actor: null, AuditActions.OrganizerCreated, "User", user.Id, before: null, new { user.Email, user.DisplayName }, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return user.Id;
    }

    /// <summary>Creates the Organizer and Participant roles where missing.</summary>
    public static async Task EnsureRolesAsync(RoleManager<PortalRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var name in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(name).ConfigureAwait(false))
            {
                var result = await roles.CreateAsync(new PortalRole(name) { Id = Guid.CreateVersion7() }).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
