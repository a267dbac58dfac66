using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace MedRec.Portal.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for Sqlite with this assembly as its migrations assembly.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PortalDbContextOptions.For(
            DatabaseProvider.Sqlite,
            PortalDbContextOptions.DesignTimeConnectionString("Data Source=medrec-design.db")));
}
