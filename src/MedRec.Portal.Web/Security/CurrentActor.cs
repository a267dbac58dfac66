using MedRec.Portal.Application.Common;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace MedRec.Portal.Web.Security;

/// <summary>The signed-in user of this circuit or request, as an <see cref="Actor"/> for use cases.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    /// <summary>The actor, or null when nobody is signed in.</summary>
    public async Task<Actor?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.ToActor();
    }
}
