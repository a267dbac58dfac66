using MedRec.Portal.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MedRec.Portal.FunctionalTests.Hosting;

public sealed class StartupOrderTests
{
    /// <summary>
    /// Hosted services start in registration order. The data-protection key ring (registered by Blazor Server, before
    /// the portal's own services) reads its table at start; on a new database that table exists only once the
    /// migrations have run, so a first start used to log "no such table: DataProtectionKeys".
    /// </summary>
    [Fact]
    public async Task TheDatabaseIsMigratedBeforeAnyOtherHostedServiceStarts()
    {
        await using var factory = PortalFactory.Sqlite();
        var hosted = factory.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        hosted[0].Name.ShouldBe("DatabaseInitializationService");
        hosted.ShouldContain(t => t.Name == "DataProtectionHostedService");
        hosted.Count(t => t.Name == "DatabaseInitializationService").ShouldBe(1);
    }
}
