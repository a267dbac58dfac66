namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>The one-field forms: "forgot password" and "resend confirmation".</summary>
public sealed class EmailInput
{
    public string Email { get; set; } = "";

    /// <summary>The address must be filled in and look like one.</summary>
    public IEnumerable<FormError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            yield return new FormError(nameof(Email), "Validation.EmailRequired");
        }
        else if (!RegisterInput.LooksLikeEmail(Email))
        {
            yield return new FormError(nameof(Email), "Validation.EmailInvalid", Email.Trim());
        }
    }
}
