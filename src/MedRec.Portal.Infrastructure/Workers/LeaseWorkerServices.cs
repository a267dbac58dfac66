using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Infrastructure.Scaling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Workers;

/// <summary>Registers a <see cref="LeaseWorker{TWork}"/> for a queue (the work itself must be registered too).</summary>
public static class LeaseWorkerServices
{
    /// <summary>The worker as a singleton (tests find its owner names) and as a hosted service.</summary>
    public static IServiceCollection AddLeaseWorker<TWork>(this IServiceCollection services, Func<IServiceProvider, Func<LeaseWorkerSettings>> settings)
        where TWork : class, ILeaseWork
    {
        services.AddSingleton(sp => new LeaseWorker<TWork>(
            sp.GetRequiredService<TWork>(),
            sp.GetRequiredService<IWorkSignal>(),
            sp.GetRequiredService<PortalInstance>(),
            settings(sp),
            sp.GetRequiredService<ILogger<LeaseWorker<TWork>>>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<LeaseWorker<TWork>>());
        return services;
    }
}
