using MedRec.Portal.Web.Components.Account;
using MedRec.Portal.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MedRec.Portal.Infrastructure;

namespace MedRec.Portal.Web.Hosting;

/// <summary>Cookie authentication for the Identity users the infrastructure registers.</summary>
public static class PortalIdentityExtensions
{
    /// <summary>Identity cookies, the login and access-denied paths, and the circuit's authentication state.</summary>
    /// <param name="secureCookies">
    /// Production: the sign-in cookie is always marked Secure, so a browser sends it only over HTTPS (the proxy terminates
    /// TLS and says so in X-Forwarded-Proto). The antiforgery cookie keeps its default, Secure whenever the request is
    /// HTTPS: with "always" the antiforgery system refuses every plain-HTTP form outright (a health probe, a local check).
    /// </param>
    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, bool secureCookies)
    {
        // The sign-in manager and Identity's cookie schemes come from the infrastructure; the web host shapes the cookie.
        services.AddPortalSignIn();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "MedRec.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

            // API endpoints answer 401/403 rather than redirecting a download request to an HTML page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<AccountRegistration>();
        services.AddSingleton<AccountLinks>();
        services.AddScoped<AccountTokens>();

        // Every minute a signed-in cookie is checked against the account's security stamp (Identity's default is
        // 30 min): disabling an account or taking away the organiser role ends its sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
