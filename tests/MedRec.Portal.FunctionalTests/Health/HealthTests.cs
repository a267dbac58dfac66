using System.Net;
using MedRec.Portal.FunctionalTests.Infrastructure;

namespace MedRec.Portal.FunctionalTests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task HealthIsOkWhenTheDatabaseAnswers()
    {
        await using var factory = PortalFactory.Sqlite();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task HealthIsUnavailableWhenTheDatabaseDoesNotAnswer()
    {
        // A database file in a folder that does not exist cannot be opened; skip migrations so the host still starts.
        await using var factory = PortalFactory.Sqlite(settings =>
        {
            settings["Database:MigrateOnStart"] = "false";
            settings["Seed:Organizer:Email"] = null;
            settings["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "x.db")};Mode=ReadOnly";
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
    }
}
