using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>Options for a <see cref="PortalDbContext"/> outside dependency injection (design-time factories, tools, tests).</summary>
public static class PortalDbContextOptions
{
    public static DbContextOptions<PortalDbContext> For(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UseProvider(provider, connectionString);
        return builder.Options;
    }

    /// <summary>
    /// The connection string a design-time factory uses: <c>MEDREC_DESIGN_CONNECTION</c> when set (for
    /// <c>dotnet ef database update</c> against a real server), else a harmless local default (adding a
    /// migration never connects).
    /// </summary>
    public static string DesignTimeConnectionString(string fallback)
    {
        var configured = Environment.GetEnvironmentVariable("MEDREC_DESIGN_CONNECTION");
        return string.IsNullOrWhiteSpace(configured) ? fallback : configured;
    }
}
