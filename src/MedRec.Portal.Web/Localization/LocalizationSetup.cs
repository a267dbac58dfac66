using Microsoft.AspNetCore.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>Registers and applies request localisation (see <see cref="PortalCultures"/> for the order of sources).</summary>
public static class LocalizationSetup
{
    /// <summary>Adds IStringLocalizer and the request-culture options.</summary>
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(PortalCultures.Default)
                .AddSupportedCultures([.. PortalCultures.Supported])
                .AddSupportedUICultures([.. PortalCultures.Supported]);
            // Cookie first (the user's explicit choice), then the browser; the query-string provider is dropped
            // so that a shared link cannot switch someone's language behind their back.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
            // "zh", "zh-Hans" and "zh-TW" from a browser all land on zh-CN rather than on the English default.
            options.FallBackToParentUICultures = true;
            options.FallBackToParentCultures = true;
        });
        return services;
    }

    /// <summary>The cookie value that makes every later request use <paramref name="culture"/>.</summary>
    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));

    /// <summary>Writes the culture cookie for one year.</summary>
    public static void WriteCultureCookie(this HttpResponse response, string culture)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieValue(culture),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = false,
                SameSite = SameSiteMode.Lax,
                Path = "/",
            });
    }
}
