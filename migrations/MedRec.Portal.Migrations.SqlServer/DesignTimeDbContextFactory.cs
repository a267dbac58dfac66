using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace MedRec.Portal.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the context for SqlServer with this assembly as its migrations assembly.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PortalDbContextOptions.For(
            DatabaseProvider.SqlServer,
            PortalDbContextOptions.DesignTimeConnectionString("Server=localhost;Database=MedRec;Integrated Security=true;TrustServerCertificate=true")));
}
