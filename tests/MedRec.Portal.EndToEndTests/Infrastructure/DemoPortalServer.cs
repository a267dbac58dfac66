using MedRec.Portal.Tests.Shared.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedRec.Portal.EndToEndTests.Infrastructure;

/// <summary>
/// The portal as someone trying it gets it (README: <c>dotnet run --project src/MedRec.Portal.Web</c>): a fresh
/// SQLite database filled by the demo seed, its background workers running, on real Kestrel.
/// </summary>
public sealed class DemoPortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medrec-demo-e2e-" + Guid.NewGuid().ToString("N"));

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseUrl { get; private set; } = new("http://localhost");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        BaseUrl = this.StartOnFreePort();
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        KestrelPortalHosting.DeleteThrowAwayDirectory(_directory);
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseThrowAwayPortal("Sqlite", $"Data Source={Path.Combine(_directory, "portal.db")}", _directory, PortalServer.OrganizerEmail, PortalServer.Password);
        builder.UseSetting("Seed:Demo", "true");
    }
}
