namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>The login form.</summary>
public sealed class LoginInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }

    /// <summary>Both fields must be filled in.</summary>
    public IEnumerable<FormError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            yield return new FormError(nameof(Email), "Validation.EmailRequired");
        }

        if (string.IsNullOrEmpty(Password))
        {
            yield return new FormError(nameof(Password), "Validation.PasswordRequired");
        }
    }
}
