using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MedRec.Portal.Web.Hosting;

/// <summary>Logs one clear line with the portal's address once Kestrel listens, so `dotnet run` tells you where to go.</summary>
internal sealed partial class ListeningUrlReporter(IServer server, IHostApplicationLifetime lifetime, ILogger<ListeningUrlReporter> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return; // In-memory test server: nothing to open in a browser.
        }

        foreach (var address in addresses)
        {
            LogListening(logger, address);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MedRec.Portal is ready: open {Address} in your browser")]
    private static partial void LogListening(ILogger logger, string address);
}
