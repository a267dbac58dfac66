using MedRec.Portal.Cli.Tests.Support;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Cli.Tests.Commands;

public sealed class CreateOrganizerCommandTests
{
    private const string Email = "chair@example.org";
    private const string Password = "correct-horse-42";

    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreatesAnOrganizerWhoCanSignInWithThePassword(DatabaseProvider provider)
    {
        await using var database = TestPortalDatabase.Create(provider);

        var run = await CliRun.RunAsync(["admin", "create-organizer", "--email", Email, "--password", Password, "--display-name", "Task chair", .. database.Options]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain($"Created organiser {Email}");
        await using var portal = database.Open();
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(Email);
        user.ShouldNotBeNull();
        user.DisplayName.ShouldBe("Task chair");
        user.EmailConfirmed.ShouldBeTrue();
        (await users.IsInRoleAsync(user, PortalRoles.Organizer)).ShouldBeTrue();
        (await users.CheckPasswordAsync(user, Password)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NeverSeedsTheDemo(DatabaseProvider provider)
    {
        await using var database = TestPortalDatabase.Create(provider);

        var run = await CliRun.RunAsync(["admin", "create-organizer", "--email", Email, "--password", Password, .. database.Options]);

        run.ExitCode.ShouldBe(0, run.Error);
        await using var portal = database.Open();
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        (await db.Tasks.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await db.Teams.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await db.Users.Select(u => u.Email).ToListAsync(TestContext.Current.CancellationToken)).ShouldBe([Email]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RefusesAnExistingEmailAndKeepsItsPassword(DatabaseProvider provider)
    {
        await using var database = TestPortalDatabase.Create(provider);
        var first = await CliRun.RunAsync(["admin", "create-organizer", "--email", Email, "--password", Password, .. database.Options]);
        first.ExitCode.ShouldBe(0, first.Error);

        var second = await CliRun.RunAsync(["admin", "create-organizer", "--email", Email, "--password", "another-secret-77", .. database.Options]);

        second.ShouldBeUsageError($"An account with email {Email} already exists. Nothing was changed");
        await using var portal = database.Open();
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(Email)).ShouldNotBeNull();
        (await users.CheckPasswordAsync(user, Password)).ShouldBeTrue();
        (await users.CheckPasswordAsync(user, "another-secret-77")).ShouldBeFalse();
    }

    [Fact]
    public async Task RejectsAWeakPasswordListingWhatIsMissing()
    {
        await using var database = TestPortalDatabase.Create(DatabaseProvider.Sqlite);

        var run = await CliRun.RunAsync(["admin", "create-organizer", "--email", Email, "--password", "abcabc", .. database.Options]);

        run.ShouldBeUsageError("the password is too weak");
        run.Error.ShouldContain($"at least {PortalIdentityOptions.RequiredPasswordLength} characters");
        run.Error.ShouldContain("digit");
        run.Error.ShouldContain("4 different characters");
        await AssertNoUsersAsync(database);
    }

    [Fact]
    public async Task RejectsAnInvalidEmail()
    {
        await using var database = TestPortalDatabase.Create(DatabaseProvider.Sqlite);

        var run = await CliRun.RunAsync(["admin", "create-organizer", "--email", "chair.example.org", "--password", Password, .. database.Options]);

        run.ShouldBeUsageError("\"chair.example.org\" is not an email address");
        await AssertNoUsersAsync(database);
    }

    [Fact]
    public async Task NamesTheValidProvidersForAnUnknownOne()
    {
        var run = await CliRun.RunAsync("admin", "create-organizer", "--email", Email, "--password", Password, "--provider", "mysql", "--connection", "Data Source=unused.db");

        run.ShouldBeUsageError("Unknown database provider \"mysql\"");
        run.Error.ShouldContain("Valid values: Sqlite, SqlServer, Postgres");
    }

    [Fact]
    public async Task RequiresAConnectionStringForAServerDatabase()
    {
        var run = await CliRun.RunAsync("admin", "create-organizer", "--email", Email, "--password", Password, "--provider", "Postgres", "--connection", " ");

        run.ShouldBeUsageError("ConnectionStrings:Portal is empty");
    }

    [Fact]
    public async Task ReportsAnUnreachableDatabaseOnOneLine()
    {
        var missingFolder = Path.Combine(Path.GetTempPath(), "medrec-cli-missing-" + Guid.NewGuid().ToString("N"), "portal.db");

        var run = await CliRun.RunAsync("admin", "create-organizer", "--email", Email, "--password", Password, "--provider", "sqlite", "--connection", $"Data Source={missingFolder}");

        run.ShouldBeUsageError("database error (Sqlite)");
    }

    [Fact]
    public async Task PrintsTheNewAccountAsJson()
    {
        await using var database = TestPortalDatabase.Create(DatabaseProvider.Sqlite);

        var run = await CliRun.RunAsync(["admin", "create-organizer", "--email", $"  {Email} ", "--password", Password, "--json", .. database.Options]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("email").GetString().ShouldBe(Email);
        json.GetProperty("provider").GetString().ShouldBe("Sqlite");
        json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([PortalRoles.Organizer, PortalRoles.Participant]);
        await using var portal = database.Open();
        await using var scope = portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(Email);
        json.GetProperty("id").GetGuid().ShouldBe(user.ShouldNotBeNull().Id);
    }

    [Fact]
    public async Task MissingRequiredOptionsPointToTheNestedHelp()
    {
        var run = await CliRun.RunAsync("admin", "create-organizer", "--email", Email);

        run.ShouldBeUsageError("--password");
        run.Error.ShouldContain("(usage: medrec admin create-organizer --help)");
    }

    private static async Task AssertNoUsersAsync(TestPortalDatabase database)
    {
        await using var portal = database.Open();
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }
}
