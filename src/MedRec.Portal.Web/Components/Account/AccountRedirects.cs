using Microsoft.AspNetCore.Components;

namespace MedRec.Portal.Web.Components.Account;

/// <summary>Redirects from the static account pages, only ever to pages of this portal.</summary>
public static class AccountRedirects
{
    /// <summary>
    /// A path inside the portal for a return URL that came from a query string or a form: anything absolute or
    /// protocol-relative becomes the home page, so a crafted link cannot send people elsewhere after login.
    /// </summary>
    public static string LocalOrHome(string? returnUrl) =>
        Endpoints.LocalReturnUrl.Sanitize(returnUrl);

    /// <summary>Navigates (during static rendering this becomes an HTTP redirect).</summary>
    public static void RedirectTo(this NavigationManager navigation, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        navigation.NavigateTo(LocalOrHome(returnUrl));
    }
}
