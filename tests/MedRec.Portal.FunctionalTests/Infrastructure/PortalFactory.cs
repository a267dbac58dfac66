using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Infrastructure;

/// <summary>
/// The real portal on a fresh database: a temporary SQLite file by default, or PostgreSQL when
/// <see cref="PostgresVariable"/> holds a connection string (each factory then uses its own database).
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>Environment variable with a PostgreSQL connection string; when set, Postgres tests run.</summary>
    public const string PostgresVariable = "MEDREC_TEST_POSTGRES";

    /// <summary>The organiser the configuration seeds at start.</summary>
    public const string OrganizerEmail = "organizer@test.medrec.local";

    /// <summary>Every test account's password (meets the password rules).</summary>
    public const string Password = "correct-horse-42";

    private readonly string _directory;
    private readonly Dictionary<string, string?> _settings;

    private PortalFactory(string directory, Dictionary<string, string?> settings)
    {
        _directory = directory;
        _settings = settings;
    }

    /// <summary>A portal on its own temporary SQLite file.</summary>
    public static PortalFactory Sqlite(Action<Dictionary<string, string?>>? adjust = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "medrec-functional-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = BaseSettings(directory);
        settings["Database:Provider"] = "Sqlite";
        settings["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(directory, "portal.db")}";
        adjust?.Invoke(settings);
        return new PortalFactory(directory, settings);
    }

    /// <summary>A portal on a fresh PostgreSQL database; skips the calling test when no server is configured.</summary>
    public static PortalFactory Postgres(Action<Dictionary<string, string?>>? adjust = null)
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            Assert.Skip($"PostgreSQL not configured: set {PostgresVariable} to a connection string (tests/scripts/postgres.sh starts a local server).");
        }

        var directory = Path.Combine(Path.GetTempPath(), "medrec-functional-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = BaseSettings(directory);
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Portal"] = WithDatabase(connection, "medrec_test_" + Guid.NewGuid().ToString("N")[..12]);
        adjust?.Invoke(settings);
        return new PortalFactory(directory, settings);
    }

    /// <summary>The development file sink's folder (<c>Email:Directory</c>): confirmation and reset mails land here.</summary>
    public string MailFolder => Path.Combine(_directory, "mail");

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates a participant account directly (registration through the form has its own tests).</summary>
    public async Task<Actor> CreateParticipantAsync(string email, string displayName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true, // a fixture account, as if its owner had confirmed the mail
            DisplayName = displayName,
            PreferredLanguage = "en",
            CreatedAt = DateTime.UtcNow,
        };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded.ShouldBeTrue();
        return Actor.Participant(user.Id);
    }

    /// <summary>The seeded organiser as an actor.</summary>
    public async Task<Actor> OrganizerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var organizer = await users.FindByEmailAsync(OrganizerEmail) ?? throw new InvalidOperationException("organiser was not seeded");
        return Actor.Organizer(organizer.Id);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform; the temp folder is cleaned eventually.
        }

        GC.SuppressFinalize(this);
    }

    private static Dictionary<string, string?> BaseSettings(string directory) => new()
    {
        ["Database:DataDirectory"] = directory,
        ["Seed:Demo"] = "false",
        ["Seed:Organizer:Email"] = OrganizerEmail,
        ["Seed:Organizer:Password"] = Password,
        ["Seed:Organizer:DisplayName"] = "Test organiser",
        ["Email:Sink"] = "Files",
        ["Email:Directory"] = Path.Combine(directory, "mail"),
        ["Logging:LogLevel:Default"] = "Warning",
        // Every test client shares one address; tests of the sign-in throttle set their own limit.
        ["Api:RateLimits:LoginAttemptsPerAddress"] = "100000",
    };

    private static string WithDatabase(string connection, string database)
    {
        var parts = connection.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => !part.StartsWith("Database=", StringComparison.OrdinalIgnoreCase));
        return string.Join(';', parts.Append($"Database={database}"));
    }
}
