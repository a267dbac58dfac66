using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Infrastructure.Identity;

/// <summary>An Identity role with Guid keys; the names are in <see cref="Domain.Users.PortalRoles"/>.</summary>
public sealed class PortalRole : IdentityRole<Guid>
{
    public PortalRole()
    {
    }

    public PortalRole(string name)
        : base(name)
    {
    }
}
