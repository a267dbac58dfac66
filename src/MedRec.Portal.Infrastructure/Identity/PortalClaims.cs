using System.Security.Claims;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Users;

namespace MedRec.Portal.Infrastructure.Identity;

/// <summary>Builds the use cases' <see cref="Actor"/> from the signed-in user's claims (Identity's cookie principal).</summary>
public static class PortalClaims
{
    /// <summary>The actor for an authenticated principal, or null for an anonymous visitor.</summary>
    public static Actor? ToActor(this ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(id, out var userId)
            ? new Actor(userId, principal.IsInRole(PortalRoles.Organizer))
            : throw new InvalidOperationException("The signed-in principal has no Guid NameIdentifier claim; is it an Identity cookie of this portal?");
    }
}
