using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Identity;

public sealed class OrganizerAccountsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task CreatesAConfirmedOrganizer(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        await using var scope = host.Services.CreateAsyncScope();
        var id = (await scope.ServiceProvider.GetRequiredService<OrganizerAccounts>().CreateAsync("chair@example.org", "long-enough-1", "大会主席", cancellationToken: Ct)).ShouldSucceed();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(id.ToString())).ShouldNotBeNull();
        user.DisplayName.ShouldBe("大会主席");
        user.EmailConfirmed.ShouldBeTrue();
        (await users.GetRolesAsync(user)).ShouldBe([PortalRoles.Organizer, PortalRoles.Participant], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RefusesWeakPasswordsAndTakenEmails(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        await using var scope = host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<OrganizerAccounts>();

        var weak = await accounts.CreateAsync("chair@example.org", "short1", cancellationToken: Ct);
        weak.ShouldFailWith(ErrorCodes.Validation).Field.ShouldBe("Password");
        weak.Errors.ShouldContain(e => e.Message.Contains("10"));
        (await accounts.CreateAsync("chair@example.org", "nodigitsatall", cancellationToken: Ct)).ShouldFailWith(ErrorCodes.Validation);
        (await accounts.CreateAsync("not-an-email", "long-enough-1", cancellationToken: Ct)).ShouldFailWith(ErrorCodes.Validation).Field.ShouldBe("Email");

        (await accounts.CreateAsync("chair@example.org", "long-enough-1", cancellationToken: Ct)).ShouldSucceed();
        (await accounts.CreateAsync("chair@example.org", "long-enough-2", cancellationToken: Ct)).ShouldFailWith(ErrorCodes.Conflict);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LocksAccountForFifteenMinutesAfterFiveFailures(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var actor = await host.CreateUserAsync("participant");
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(actor.UserId.ToString())).ShouldNotBeNull();

        for (var attempt = 1; attempt < PortalIdentityOptions.MaxFailedAccessAttempts; attempt++)
        {
            await users.AccessFailedAsync(user);
            (await users.IsLockedOutAsync(user)).ShouldBeFalse($"locked after only {attempt} failures");
        }

        await users.AccessFailedAsync(user);
        (await users.IsLockedOutAsync(user)).ShouldBeTrue();
        var lockoutEnd = (await users.GetLockoutEndDateAsync(user)).ShouldNotBeNull();
        
        // Identity stamps lockouts with the real clock, not the test clock.
        (lockoutEnd - DateTimeOffset.UtcNow).ShouldBe(PortalIdentityOptions.LockoutDuration, TimeSpan.FromSeconds(30));
        PortalIdentityOptions.LockoutDuration.ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task WebHostsGetASignInManager()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var services = new ServiceCollection().AddLogging();
        services.AddPortalInfrastructure(host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()).AddPortalSignIn();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>().ShouldNotBeNull();
    }
}
