namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// The account changes use cases need from the identity system (ASP.NET Core Identity in the infrastructure),
/// which the Application layer does not reference. Each call is its own unit of work on the identity store.
/// Callers check first that the account exists (<see cref="IPortalDbContext.UserSummaries"/>); a missing one throws.
/// </summary>
public interface IAccountManager
{
    /// <summary>A one-time token for the reset-password page (valid for <c>Identity:TokenLifespan</c>).</summary>
    Task<string> CreatePasswordResetTokenAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>A one-time token for the confirm-e-mail page.</summary>
    Task<string> CreateEmailConfirmationTokenAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Ends a lockout after wrong passwords and clears the failure count.</summary>
    Task UnlockAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Disables the account (no sign-in, no API token; open sessions end at the next security-stamp check) or
    /// enables it again.
    /// </summary>
    Task SetDisabledAsync(Guid userId, bool disabled, CancellationToken cancellationToken);

    /// <summary>Adds or removes the organiser role; removing it also ends the user's open sessions.</summary>
    Task SetOrganizerAsync(Guid userId, bool organizer, CancellationToken cancellationToken);
}
