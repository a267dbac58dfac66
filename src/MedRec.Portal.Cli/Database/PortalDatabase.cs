using MedRec.Portal.Infrastructure;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Cli.Database;

/// <summary>The portal's services wired exactly as the portal wires them (<see cref="DependencyInjection.AddPortalInfrastructure"/>).</summary>
internal sealed class PortalDatabase : IAsyncDisposable
{
    private PortalDatabase(ServiceProvider services, DatabaseProvider provider)
    {
        Services = services;
        Provider = provider;
    }

    public ServiceProvider Services { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>Builds the services; a configuration the portal would refuse (unknown provider, no connection string) is a usage error.</summary>
    public static PortalDatabase Open(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        try
        {
            services.AddPortalInfrastructure(configuration);
        }
        catch (InvalidOperationException invalid)
        {
            // AddPortalInfrastructure's messages already name the key and list the valid values.
            throw new CliUsageException(invalid.Message + " (set it in appsettings.json, the environment, or with --provider/--connection)", invalid);
        }

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return new PortalDatabase(services.BuildServiceProvider(), DatabaseProviderSetup.ParseProvider(options.Provider));
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
