using MedRec.Portal.Infrastructure;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// A fresh, migrated portal database (a SQLite file in a scratch folder, or a new database on the PostgreSQL server
/// that <c>MEDREC_TEST_POSTGRES</c> names) with the portal's infrastructure services and no background jobs, for the
/// harnesses that call use cases directly. Disposing drops the database and deletes the scratch folder.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MEDREC_TEST_POSTGRES";

    private readonly DirectoryInfo _scratch;

    private BenchmarkDatabase(string provider, ServiceProvider services, DirectoryInfo scratch)
    {
        Provider = provider;
        Services = services;
        _scratch = scratch;
    }

    public string Provider { get; }

    public ServiceProvider Services { get; }

    /// <summary>The database, or null (with the reason written to <paramref name="skipped"/>) when PostgreSQL is not configured.</summary>
    /// <param name="logFilter">Which log lines to print (category, level), e.g. EF's SQL commands while profiling.</param>
    public static async Task<BenchmarkDatabase?> CreateAsync(string provider, Action<string> skipped, Func<string?, LogLevel, bool>? logFilter = null)
    {
        var scratch = Directory.CreateTempSubdirectory("medrec-bench-");
        string connection;
        if (provider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                skipped($"skipped: set {PostgresVariable} (eval \"$(bash tests/scripts/postgres.sh)\")");
                scratch.Delete(recursive: true);
                return null;
            }

            connection = new NpgsqlConnectionStringBuilder(server) { Database = $"medrec_bench_{Guid.NewGuid():N}" }.ConnectionString;
        }
        else
        {
            connection = $"Data Source={Path.Combine(scratch.FullName, "bench.db")}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Portal"] = connection,
            ["Database:MigrateOnStart"] = "false",
            ["Seed:Demo"] = "false",
            ["Scoring:WorkerEnabled"] = "false",
            ["Leaderboards:JobEnabled"] = "false",
            ["Email:Sink"] = "Files",
            ["Email:Directory"] = Path.Combine(scratch.FullName, "mail"),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter((category, level) => logFilter?.Invoke(category, level) ?? false))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IConfiguration>(configuration)
            .AddPortalInfrastructure(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return new BenchmarkDatabase(provider, services, scratch);
    }

    public Task<PortalDbContext> OpenAsync() => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>
    /// After a bulk load: a live PostgreSQL server has statistics (autovacuum analyses a table after enough writes);
    /// right after the load it has none until autovacuum's next round, so without this the plans change in mid-run.
    /// </summary>
    public async Task AnalyzeAsync()
    {
        if (Provider == "Postgres")
        {
            await using var db = await OpenAsync();
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == "Postgres")
        {
            await using var db = await OpenAsync();
            await db.Database.EnsureDeletedAsync();
        }

        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _scratch.Delete(recursive: true);
    }
}
