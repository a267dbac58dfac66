namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>The change-password form.</summary>
public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    /// <summary>Every problem with the form, field by field.</summary>
    public IEnumerable<FormError> Validate()
    {
        if (string.IsNullOrEmpty(CurrentPassword))
        {
            yield return new FormError(nameof(CurrentPassword), "Validation.PasswordRequired");
        }

        foreach (var error in PasswordRules.Check(nameof(NewPassword), NewPassword))
        {
            yield return error;
        }

        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            yield return new FormError(nameof(ConfirmPassword), "Validation.PasswordsDiffer");
        }
    }
}
