using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace MedRec.Portal.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the context for Postgres with this assembly as its migrations assembly.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PortalDbContextOptions.For(
            DatabaseProvider.Postgres,
            PortalDbContextOptions.DesignTimeConnectionString("Host=localhost;Database=medrec;Username=medrec;Password=medrec")));
}
