using System.Security.Claims;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Identity;

public sealed class PortalClaimsTests
{
    [Fact]
    public void AnonymousVisitorHasNoActor()
    {
        new ClaimsPrincipal(new ClaimsIdentity()).ToActor().ShouldBeNull();
        ((ClaimsPrincipal?)null).ToActor().ShouldBeNull();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ActorComesFromTheIdentityPrincipal(bool organizer)
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var expected = await host.CreateUserAsync("someone", organizer);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>();
        var principal = await factory.CreateAsync((await users.FindByIdAsync(expected.UserId.ToString())).ShouldNotBeNull());

        var actor = principal.ToActor().ShouldNotBeNull();
        actor.ShouldBe(expected);
        principal.IsInRole(PortalRoles.Participant).ShouldBeTrue();
    }
}
