namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Name under <c>ConnectionStrings</c> of the portal's database.</summary>
    public const string ConnectionStringName = "Portal";

    public const string DefaultDataDirectory = "./data";

    public const string SqliteFileName = "medrec.db";

    /// <summary><c>Sqlite</c> (default), <c>SqlServer</c> or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Where the SQLite file lives when no connection string is given; created on start.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>Apply pending migrations (and seed) when the portal starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
