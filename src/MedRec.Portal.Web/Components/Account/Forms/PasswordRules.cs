namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>
/// The password policy as the forms explain it before Identity is asked; it mirrors the Identity options
/// (length first, at least one digit and one lower-case letter) so people see every problem at once.
/// </summary>
public static class PasswordRules
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinLength = 10;

    /// <summary>What is wrong with <paramref name="password"/> for the field <paramref name="field"/>.</summary>
    public static IEnumerable<FormError> Check(string field, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            yield return new FormError(field, "Validation.PasswordRequired");
            yield break;
        }

        if (password.Length < MinLength)
        {
            yield return new FormError(field, "Validation.PasswordTooShort", MinLength);
        }

        if (!password.Any(char.IsDigit))
        {
            yield return new FormError(field, "Validation.PasswordNeedsDigit");
        }

        if (!password.Any(char.IsLower))
        {
            yield return new FormError(field, "Validation.PasswordNeedsLowercase");
        }
    }
}
