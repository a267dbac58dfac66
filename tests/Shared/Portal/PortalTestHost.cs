using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Web.Hosting;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>
/// A real database (a fresh SQLite file, or a fresh PostgreSQL database) wired exactly as the portal wires it
/// (<see cref="DependencyInjection.AddPortalInfrastructure"/>), migrated by <see cref="DatabaseInitializer"/>, and
/// the portal's own use-case registration (<see cref="PortalUseCaseExtensions.AddPortalUseCases"/>: the generated
/// mediator and its pipeline behaviours, authorisation included). Tests <see cref="Send{TResponse}(ICommand{TResponse}, CancellationToken)"/>
/// messages through that mediator, never a handler's Handle, so every use-case test runs the whole pipeline.
/// </summary>
public sealed class PortalTestHost : IAsyncDisposable
{
    public const string Password = "correct-horse-42";

    private readonly string? _sqliteFile;

    private PortalTestHost(ServiceProvider services, TestClock clock, DatabaseProvider provider, string? sqliteFile, string scratch)
    {
        Services = services;
        Clock = clock;
        Provider = provider;
        _sqliteFile = sqliteFile;
        ScratchDirectory = scratch;
    }

    public ServiceProvider Services { get; }

    public TestClock Clock { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>A folder the test may write to (mail sink, data directory); deleted at the end.</summary>
    public string ScratchDirectory { get; }

    public IPortalDbContextFactory Contexts => Services.GetRequiredService<IPortalDbContextFactory>();

    public static async Task<PortalTestHost> StartAsync(DatabaseProvider provider, Action<IDictionary<string, string?>>? configure = null, DateTime? now = null)
    {
        var scratch = Directory.CreateTempSubdirectory("medrec-tests-").FullName;
        string connectionString;
        string? sqliteFile = null;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                sqliteFile = Path.Combine(scratch, "portal.db");
                connectionString = $"Data Source={sqliteFile}";
                break;
            case DatabaseProvider.Postgres:
                var server = Environment.GetEnvironmentVariable(Providers.PostgresVariable);
                if (string.IsNullOrWhiteSpace(server))
                {
                    Assert.Skip($"PostgreSQL not configured: run `eval \"$(tests/scripts/postgres.sh)\"` to set {Providers.PostgresVariable}.");
                }

                connectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"medrec_t_{Guid.NewGuid():N}", Pooling = false }.ConnectionString;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "SQL Server cannot run on these machines.");
        }

        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Portal"] = connectionString,
            ["Database:MigrateOnStart"] = "false",
            ["Seed:Demo"] = "false",
            ["Email:Sink"] = "Files",
            ["Email:Directory"] = Path.Combine(scratch, "mail"),
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var clock = new TestClock(now ?? new DateTime(2025, 6, 10, 4, 0, 0, DateTimeKind.Utc));
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IConfiguration>(configuration)
            .AddPortalInfrastructure(configuration)
            .AddPortalUseCases();
        RaceBeforeSave.Decorate(collection);
        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = new PortalTestHost(services, clock, provider, sqliteFile, scratch);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>The portal's mediator: the same pipeline the pages and the API send through.</summary>
    public ISender Mediator => Services.GetRequiredService<ISender>();

    /// <summary>Sends a command through the mediator (behaviours, then its handler).</summary>
    public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) =>
        Mediator.Send(command, cancellationToken);

    /// <summary>Sends a query through the mediator (behaviours, then its handler).</summary>
    public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        Mediator.Send(query, cancellationToken);

    /// <summary>
    /// Runs <paramref name="race"/> once, just before the next use case's unit of work saves: a concurrent change
    /// arriving between a handler's reads and its save.
    /// </summary>
    public void RaceBeforeNextSave(Action race) => Services.GetRequiredService<RaceBeforeSave>().Arm(race);

    /// <summary>
    /// Builds a service the portal wires (a worker, a cache probe) from its services. Use-case handlers are
    /// refused: send their message instead, so the pipeline runs.
    /// </summary>
    public T Create<T>()
    {
        if (typeof(T).GetInterfaces().Any(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is a use-case handler: Send its message through the mediator instead.");
        }

        return ActivatorUtilities.CreateInstance<T>(Services);
    }

    /// <summary>The development file sink's folder (<c>Email:Directory</c>).</summary>
    public string MailFolder => Path.Combine(ScratchDirectory, "mail");

    /// <summary>Sends everything due in the e-mail outbox, as its worker does, and returns every mail the file sink holds.</summary>
    public async Task<IReadOnlyList<SentMail>> DeliverMailAsync()
    {
        var outbox = Services.GetRequiredService<Application.Features.Email.EmailOutboxService>();
        const string owner = "test-host/Email-1";
        while (await outbox.TryClaimNextAsync(owner, TestContext.Current.CancellationToken) is { } id)
        {
            await outbox.ExecuteAsync(id, owner, TestContext.Current.CancellationToken);
        }

        return MailFiles.ReadAll(MailFolder);
    }

    /// <summary>Sets an account's language (zh-CN or en), as the profile page does.</summary>
    public async Task SetLanguageAsync(Actor actor, string language)
    {
        await using var db = await OpenAsync();
        var user = await db.Users.SingleAsync(u => u.Id == actor.UserId, TestContext.Current.CancellationToken);
        user.PreferredLanguage = language;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async Task<PortalDbContext> OpenAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    /// <summary>Creates an account (participant, or organiser too) and returns the actor the host would build for it.</summary>
    public async Task<Actor> CreateUserAsync(string name, bool organizer = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = $"{name}@test.medrec",
            Email = $"{name}@test.medrec",
            EmailConfirmed = true, // a fixture account, as if its owner had confirmed the mail
            DisplayName = name,
            CreatedAt = Clock.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded.ShouldBeTrue();
        if (organizer)
        {
            (await users.AddToRoleAsync(user, PortalRoles.Organizer)).Succeeded.ShouldBeTrue();
        }

        return new Actor(user.Id, organizer);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var db = await OpenAsync();
            await db.Database.EnsureDeletedAsync();
        }

        await Services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(ScratchDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere only leaves a temp folder behind.
        }
    }
}
