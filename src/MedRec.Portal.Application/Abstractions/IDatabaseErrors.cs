namespace MedRec.Portal.Application.Abstractions;

/// <summary>Tells the provider-specific reasons of a failed save apart, so use cases can retry the right ones.</summary>
public interface IDatabaseErrors
{
    /// <summary>A unique index refused the row (SQLite 19/2067, PostgreSQL 23505, SQL Server 2601/2627).</summary>
    bool IsUniqueViolation(Exception exception);

    /// <summary>The database was busy or locked (SQLite's SQLITE_BUSY), or chose this transaction as a deadlock victim: retrying may succeed.</summary>
    bool IsTransient(Exception exception);
}
