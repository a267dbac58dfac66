using MedRec.Portal.Infrastructure.Persistence;

namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>The databases every database test runs against. PostgreSQL runs where MEDREC_TEST_POSTGRES is set.</summary>
public static class Providers
{
    public const string PostgresVariable = "MEDREC_TEST_POSTGRES";

    public static TheoryData<DatabaseProvider> Runnable => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);
}
