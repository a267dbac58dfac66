namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>The database engines the portal runs on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A file in the data directory; the default, needs no server.</summary>
    Sqlite,

    SqlServer,

    Postgres,
}
