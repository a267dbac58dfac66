using MedRec.Portal.Web.Components.Account.Forms;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Web.Components.Account;

/// <summary>Turns Identity's error codes into localised form errors under the right field.</summary>
public static class IdentityErrors
{
    /// <summary>Maps each error; codes without a translation keep Identity's own (English) description.</summary>
    public static IReadOnlyList<FormError> ToFormErrors(IdentityResult result, string passwordField, string currentPasswordField = "CurrentPassword", string emailField = "Email")
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(error => error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordMismatch) => new FormError(currentPasswordField, "Account.WrongCurrentPassword"),
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                new FormError(emailField, "Validation.EmailTaken"),
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
                new FormError(emailField, "Validation.EmailInvalid", ""),
            nameof(IdentityErrorDescriber.PasswordTooShort) => new FormError(passwordField, "Validation.PasswordTooShort", PasswordRules.MinLength),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new FormError(passwordField, "Validation.PasswordNeedsDigit"),
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => new FormError(passwordField, "Validation.PasswordNeedsLowercase"),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => new FormError(passwordField, "Validation.PasswordNeedsVariety"),
            _ => new FormError(passwordField, "Account.IdentityError", error.Description),
        }).ToList();
    }
}
