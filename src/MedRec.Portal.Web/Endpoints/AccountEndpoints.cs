using MedRec.Portal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Web.Endpoints;

/// <summary><c>POST /Account/Logout</c> (antiforgery-checked form post from the app bar).</summary>
public static class AccountEndpoints
{
    /// <summary>Maps the logout endpoint.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", LogOutAsync);
        return endpoints;
    }

    private static async Task<IResult> LogOutAsync([Microsoft.AspNetCore.Mvc.FromServices] SignInManager<PortalUser> signIn, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect(LocalReturnUrl.Sanitize(string.IsNullOrEmpty(returnUrl) ? "/" : "/" + returnUrl.TrimStart('/')));
    }
}
