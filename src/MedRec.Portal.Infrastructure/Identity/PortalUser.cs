using MedRec.Portal.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Infrastructure.Identity;

/// <summary>A portal account (ASP.NET Core Identity user with Guid keys).</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary><c>zh-CN</c> or <c>en</c> (<see cref="PortalLanguages"/>).</summary>
    public string PreferredLanguage { get; set; } = PortalLanguages.Chinese;

    public DateTime CreatedAt { get; set; }
}
