using System.Security.Claims;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Users;

namespace MedRec.Portal.Web.Security;

/// <summary>Builds the <see cref="Actor"/> that use cases authorise against from the signed-in user's claims.</summary>
public static class ActorExtensions
{
    /// <summary>The actor, or null for an anonymous visitor (or a cookie without a usable user id).</summary>
    public static Actor? ToActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(id, out var userId) ? new Actor(userId, user.IsInRole(PortalRoles.Organizer)) : null;
    }
}
