using MedRec.Portal.Cli.Database;
using MedRec.Portal.Infrastructure.Persistence;
using Npgsql;

namespace MedRec.Portal.Cli.Tests.Support;

/// <summary>
/// An empty, real portal database for one test: a fresh SQLite file, or a fresh PostgreSQL database on the server
/// in MEDREC_TEST_POSTGRES (tests/scripts/postgres.sh), dropped at the end. Skips where PostgreSQL is not configured.
/// </summary>
internal sealed class TestPortalDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MEDREC_TEST_POSTGRES";

    private readonly string scratch;
    private readonly string? postgresServer;

    private TestPortalDatabase(DatabaseProvider provider, string connectionString, string scratch, string? postgresServer)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.scratch = scratch;
        this.postgresServer = postgresServer;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The options that point <c>medrec admin</c> at this database.</summary>
    public string[] Options => ["--provider", Provider.ToString(), "--connection", ConnectionString];

    public static TestPortalDatabase Create(DatabaseProvider provider)
    {
        var scratch = Directory.CreateTempSubdirectory("medrec-cli-db-").FullName;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                return new TestPortalDatabase(provider, $"Data Source={Path.Combine(scratch, "portal.db")};Pooling=False", scratch, null);
            case DatabaseProvider.Postgres:
                var server = Environment.GetEnvironmentVariable(PostgresVariable);
                if (string.IsNullOrWhiteSpace(server))
                {
                    Directory.Delete(scratch, recursive: true);
                    Assert.Skip($"PostgreSQL not configured: run `eval \"$(tests/scripts/postgres.sh)\"` to set {PostgresVariable}.");
                }

                var database = new NpgsqlConnectionStringBuilder(server) { Database = $"medrec_cli_{Guid.NewGuid():N}", Pooling = false }.ConnectionString;
                return new TestPortalDatabase(provider, database, scratch, server);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "SQL Server cannot run on these machines.");
        }
    }

    /// <summary>The portal's services over this database, wired as the CLI wires them, to check what a command did.</summary>
    public PortalDatabase Open() =>
        PortalDatabase.Open(PortalConfiguration.Build(scratch, Provider.ToString(), ConnectionString));

    public async ValueTask DisposeAsync()
    {
        if (postgresServer is not null)
        {
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(scratch, recursive: true);
    }
}
