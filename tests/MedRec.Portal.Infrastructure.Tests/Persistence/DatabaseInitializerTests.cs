using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Persistence;

public sealed class DatabaseInitializerTests
{
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task MigratesAFreshDatabaseAndCreatesTheRoles(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        await using var db = await host.OpenAsync();
        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        (await db.Roles.Select(r => r.Name).ToListAsync(TestContext.Current.CancellationToken)).ShouldBe(PortalRoles.All, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task CreatesTheConfiguredOrganizerOnceAcrossRestarts(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider, settings =>
        {
            settings["Seed:Organizer:Email"] = "chair@example.org";
            settings["Seed:Organizer:Password"] = "organiser-pass-1";
        });

        // A second start (same database) must neither fail nor duplicate the account.
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);

        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var organizer = (await users.FindByEmailAsync("chair@example.org")).ShouldNotBeNull();
        (await users.IsInRoleAsync(organizer, PortalRoles.Organizer)).ShouldBeTrue();
        (await users.CheckPasswordAsync(organizer, "organiser-pass-1")).ShouldBeTrue();
        users.Users.Count().ShouldBe(1);
    }

    [Fact]
    public async Task OrganizerEmailWithoutPasswordStopsTheStart()
    {
        var exception = await Should.ThrowAsync<InvalidOperationException>(() =>
            PortalTestHost.StartAsync(DatabaseProvider.Sqlite, settings => settings["Seed:Organizer:Email"] = "chair@example.org"));
        exception.Message.ShouldContain("Seed:Organizer:Password");
    }
}
