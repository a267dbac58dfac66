using System.Security.Claims;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>
/// <c>GET /culture?culture=zh-CN&amp;redirectUri=/tasks</c>: shows the portal in that language in this browser (the
/// culture cookie), then goes back. Only <c>&amp;save=true</c> (the profile's language choice) also stores it as the
/// signed-in user's preference: viewing the portal in another language never rewrites the saved one.
/// </summary>
public static class CultureEndpoint
{
    /// <summary>Maps the endpoint the language switch links to.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", SetCultureAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> SetCultureAsync(
        HttpContext http, ClaimsPrincipal principal, [Microsoft.AspNetCore.Mvc.FromServices] UserManager<PortalUser> users, string? culture, string? redirectUri, bool? save)
    {
        var chosen = PortalCultures.Normalize(culture);
        if (chosen is null)
        {
            return Results.BadRequest(
                $"Unknown language '{culture}'. Use one of: {string.Join(", ", PortalCultures.Supported)}.");
        }

        http.Response.WriteCultureCookie(chosen);
        if (save == true && principal.Identity?.IsAuthenticated == true && await users.GetUserAsync(principal) is { } user
            && user.PreferredLanguage != chosen)
        {
            user.PreferredLanguage = chosen;
            await users.UpdateAsync(user);
        }

        return Results.LocalRedirect(LocalReturnUrl.Sanitize(redirectUri));
    }
}
