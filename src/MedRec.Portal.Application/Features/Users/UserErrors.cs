using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Users;

/// <summary>Why an account action was refused; each says what to do instead.</summary>
public static class UserErrors
{
    public static readonly ErrorMessage NotFoundMessage = new("user.not-found", ErrorCodes.NotFound, "The account was not found; it may have been deleted. Reload the list.");

    public static readonly ErrorMessage NotYourselfMessage = new("user.not-yourself", ErrorCodes.Conflict, "You cannot disable your own account or take away your own organiser role; ask another organiser to do it.");

    public static readonly ErrorMessage DisabledNotLockedMessage = new("user.disabled-not-locked", ErrorCodes.Conflict, "{0} was disabled by an organiser, not locked by wrong passwords: enable the account instead of unlocking it.");

    public static readonly ErrorMessage DisabledNoResetMessage = new("user.disabled-no-reset", ErrorCodes.Conflict, "{0} is disabled and could not sign in with a new password; enable the account first.");

    public static readonly ErrorMessage NoEmailMessage = new("user.no-email", ErrorCodes.Conflict, "{0} has no e-mail address to send the link to.");

    public static readonly ErrorMessage LinkBaseMessage = new("user.link-base", ErrorCodes.Validation, "The page link \"{0}\" is not an absolute http(s) address.");

    public static Error NotFound { get; } = NotFoundMessage.With();

    public static Error NotYourself { get; } = NotYourselfMessage.With();
}
