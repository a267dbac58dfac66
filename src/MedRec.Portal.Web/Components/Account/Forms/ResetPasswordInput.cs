namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>The reset-password form (the account and token come from the link's query).</summary>
public sealed class ResetPasswordInput
{
    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    /// <summary>Every problem with the two fields at once.</summary>
    public IEnumerable<FormError> Validate()
    {
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
