using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>Reads the provider choice and points EF Core at that provider and its own migrations assembly.</summary>
public static class DatabaseProviderSetup
{
    public static string MigrationsAssemblyOf(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "MedRec.Portal.Migrations.Sqlite",
        DatabaseProvider.SqlServer => "MedRec.Portal.Migrations.SqlServer",
        DatabaseProvider.Postgres => "MedRec.Portal.Migrations.Postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>
    /// Parses <c>Database:Provider</c> (case-insensitive; empty means SQLite). An unknown value stops the start
    /// with a message listing the valid ones, instead of silently falling back to another database.
    /// </summary>
    public static DatabaseProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        if (Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider)
            && Enum.IsDefined(provider)
            && !value.Trim().All(char.IsAsciiDigit))
        {
            return provider;
        }

        throw new InvalidOperationException(
            $"Unknown database provider \"{value}\" in configuration key {DatabaseOptions.SectionName}:Provider. "
            + $"Valid values: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>
    /// The connection string <c>ConnectionStrings:Portal</c>; for SQLite without one, a file in
    /// <c>Database:DataDirectory</c> (the directory is created). Server databases must have one.
    /// </summary>
    public static string ResolveConnectionString(IConfiguration configuration, DatabaseProvider provider, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:Provider is {provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty. "
                + $"Set it (environment variable ConnectionStrings__{DatabaseOptions.ConnectionStringName}), or use Sqlite.");
        }

        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DataDirectory) ? DatabaseOptions.DefaultDataDirectory : options.DataDirectory);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, DatabaseOptions.SqliteFileName)}";
    }

    /// <summary>Configures the context for a provider, with that provider's migrations assembly.</summary>
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var migrations = MigrationsAssemblyOf(provider);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }
}
