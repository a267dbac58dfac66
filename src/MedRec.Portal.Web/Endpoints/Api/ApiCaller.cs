using MedRec.Portal.Application.Common;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Web.Security;
using Microsoft.AspNetCore.Authentication;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>Who calls an API endpoint that anonymous callers may also use (tasks, public boards).</summary>
internal static class ApiCaller
{
    /// <summary>
    /// The token's owner, or null for a call without a token. A token that is presented but refused is an error
    /// (401), never a silent fall-back to anonymous: a script with a revoked token should learn it at once.
    /// </summary>
    public static async Task<(Actor? Actor, IResult? Refusal)> OptionalAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var outcome = await http.AuthenticateAsync(ApiTokenDefaults.Scheme);
        if (outcome.Succeeded)
        {
            http.User = outcome.Principal;
            return (outcome.Principal.ToActor(), null);
        }

        return outcome.Failure is ApiTokenRefusedException refused
            ? (null, ApiTokenAuthenticationHandler.Unauthorized(http.Response, refused.Error))
            : (null, null);
    }

    /// <summary>The token's owner on endpoints behind the token policy (authorization already ran).</summary>
    public static Actor Required(HttpContext http) =>
        http.User.ToActor() ?? throw new InvalidOperationException("The endpoint must require the API token policy.");
}
