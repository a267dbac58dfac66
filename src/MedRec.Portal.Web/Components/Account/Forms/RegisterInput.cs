using MedRec.Portal.Web.Localization;

namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>The registration form.</summary>
public sealed class RegisterInput
{
    /// <summary>Display names longer than this are refused.</summary>
    public const int MaxDisplayNameLength = 60;

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    public string PreferredLanguage { get; set; } = PortalCultures.Default;

    /// <summary>Every problem with the form, field by field.</summary>
    public IEnumerable<FormError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            yield return new FormError(nameof(Email), "Validation.EmailRequired");
        }
        else if (!LooksLikeEmail(Email))
        {
            yield return new FormError(nameof(Email), "Validation.EmailInvalid", Email.Trim());
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            yield return new FormError(nameof(DisplayName), "Validation.DisplayNameRequired");
        }
        else if (DisplayName.Trim().Length > MaxDisplayNameLength)
        {
            yield return new FormError(nameof(DisplayName), "Validation.DisplayNameTooLong", MaxDisplayNameLength);
        }

        foreach (var error in PasswordRules.Check(nameof(Password), Password))
        {
            yield return error;
        }

        if (!string.Equals(Password, ConfirmPassword, StringComparison.Ordinal))
        {
            yield return new FormError(nameof(ConfirmPassword), "Validation.PasswordsDiffer");
        }

        if (PortalCultures.Normalize(PreferredLanguage) is null)
        {
            yield return new FormError(nameof(PreferredLanguage), "Validation.LanguageUnknown");
        }
    }

    // Deliberately loose: one @ with text on both sides and a dot in the domain. Identity and a confirmation
    // email are the real checks; this only catches typos like a missing @.
    internal static bool LooksLikeEmail(string email)
    {
        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && trimmed.IndexOf('.', at) > at + 1
            && !trimmed.EndsWith('.') && !trimmed.Any(char.IsWhiteSpace);
    }
}
