using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Workers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Scaling;

/// <summary>What lets several portal processes act as one: roles, the bus, work signals, the shared key ring.</summary>
public static class ScalingServices
{
    /// <summary>The connection string that turns on Redis (events and work signals between processes).</summary>
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// <see cref="PortalInstance"/> (from <c>Portal:Roles</c> and <c>Portal:InstanceId</c>), <see cref="IPortalBus"/>
    /// (Redis when <c>ConnectionStrings:Redis</c> is set, else none), <see cref="IWorkSignal"/>, and the
    /// data-protection key ring stored in the portal's database, so an authentication cookie issued by one instance is
    /// read by every other and survives restarts.
    /// </summary>
    public static PortalInstance AddPortalScaling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var instance = PortalInstance.FromConfiguration(configuration);
        services.AddSingleton(instance);
        var redis = configuration.GetConnectionString(RedisConnectionName);
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IPortalBus, LocalOnlyBus>();
        }
        else
        {
            services.AddSingleton<IPortalBus>(sp => new RedisBus(redis, sp.GetRequiredService<ILogger<RedisBus>>()));
        }

        services.AddSingleton<IWorkSignal, WorkSignal>();
        services.AddDataProtection()
            .SetApplicationName("MedRec.Portal")
            .PersistKeysToDbContext<PortalDbContext>();
        return instance;
    }
}
