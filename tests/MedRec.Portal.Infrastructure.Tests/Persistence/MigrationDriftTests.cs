using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MedRec.Portal.Infrastructure.Tests.Persistence;

/// <summary>
/// Fails when the model changed without a migration for that provider: add one for every provider
/// (docs/database.md has the commands). Needs no database server.
/// </summary>
public sealed class MigrationDriftTests
{
    public static TheoryData<string> Factories => new(
        typeof(Migrations.Sqlite.DesignTimeDbContextFactory).AssemblyQualifiedName!,
        typeof(Migrations.SqlServer.DesignTimeDbContextFactory).AssemblyQualifiedName!,
        typeof(Migrations.Postgres.DesignTimeDbContextFactory).AssemblyQualifiedName!);

    [Theory]
    [MemberData(nameof(Factories))]
    public void MigrationsMatchTheModel(string factoryType)
    {
        var factory = (IDesignTimeDbContextFactory<PortalDbContext>)Activator.CreateInstance(Type.GetType(factoryType, throwOnError: true)!)!;
        using var db = factory.CreateDbContext([]);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"The model has changes without a migration for {db.Database.ProviderName}. See docs/database.md, \"Adding a migration\".");
    }
}
