using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MedRec.Portal.Infrastructure.Tests.Persistence;

public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStartCreatesTheSqliteFileMigratesAndSeedsTheDemo()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"medrec-first-start-{Guid.NewGuid():N}");
        try
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection([new("Database:DataDirectory", dataDirectory)]);
            builder.Services.AddPortalInfrastructure(builder.Configuration);
            using (var host = builder.Build())
            {
                await host.StartAsync(TestContext.Current.CancellationToken);
                await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
                (await db.Tasks.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(2);
                await host.StopAsync(TestContext.Current.CancellationToken);
            }

            File.Exists(Path.Combine(dataDirectory, DatabaseOptions.SqliteFileName)).ShouldBeTrue();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
