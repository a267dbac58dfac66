using Microsoft.AspNetCore.Components;

namespace MedRec.Portal.Web.Components.Account;

/// <summary>
/// The absolute addresses of the account pages that confirmation and reset mails link to. <c>Email:LinkBaseUrl</c>
/// (the portal's public address) wins: without it the address comes from the request, whose Host header a
/// stranger can forge to have a reset link point at their own site, so production sets it (docs/email.md).
/// </summary>
public sealed class AccountLinks(IConfiguration configuration)
{
    public const string ResetPasswordPath = "Account/ResetPassword";

    public const string ConfirmEmailPath = "Account/ConfirmEmail";

    private readonly Uri? _configured = Parse(configuration["Email:LinkBaseUrl"]);

    public Uri ResetPassword(NavigationManager navigation) => Page(navigation, ResetPasswordPath);

    public Uri ConfirmEmail(NavigationManager navigation) => Page(navigation, ConfirmEmailPath);

    private Uri Page(NavigationManager navigation, string path)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return new Uri(_configured ?? new Uri(navigation.BaseUri), path);
    }

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (!text.EndsWith('/'))
        {
            text += "/";
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"Email:LinkBaseUrl \"{value}\" is not an absolute http(s) address such as https://medrec.example.org/.");
    }
}
