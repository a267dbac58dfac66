using Microsoft.Extensions.Hosting;

namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>Runs <see cref="DatabaseInitializer"/> before the host starts serving (hosted services start first).</summary>
internal sealed class DatabaseInitializationService(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
