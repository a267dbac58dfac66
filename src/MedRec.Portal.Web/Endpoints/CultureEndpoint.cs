using System.Security.Claims;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>
/// <c>GET /culture?culture=zh-CN&amp;redirectUri=/tasks</c>: remembers the language in the culture cookie and, for a
/// signed-in user, as their stored preference (which sets the cookie again at their next sign-in), then goes back.
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
        HttpContext http, ClaimsPrincipal principal, [Microsoft.AspNetCore.Mvc.FromServices] UserManager<PortalUser> users, string? culture, string? redirectUri)
    {
        var chosen = PortalCultures.Normalize(culture);
        if (chosen is null)
        {
            return Results.BadRequest(
                $"Unknown language '{culture}'. Use one of: {string.Join(", ", PortalCultures.Supported)}.");
        }

        http.Response.WriteCultureCookie(chosen);
        if (principal.Identity?.IsAuthenticated == true && await users.GetUserAsync(principal) is { } user
            && user.PreferredLanguage != chosen)
        {
            user.PreferredLanguage = chosen;
            await users.UpdateAsync(user);
        }

        return Results.LocalRedirect(LocalReturnUrl.Sanitize(redirectUri));
    }
}
