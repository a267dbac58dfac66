using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Baselines;
using MedRec.Portal.Application.Features.Baselines.Runs;
using MedRec.Portal.Infrastructure.Scaling;
using MedRec.Portal.Infrastructure.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Baseline.Portal;

/// <summary>Registers what the baseline use cases need: the ONNX runner, the port over it, run events, signal, cancellations, the run service and worker.</summary>
public static class BaselinePortalServices
{
    /// <summary>
    /// <c>Baseline</c> options, <see cref="IBaselineModels"/>, <see cref="IBaselineRunEvents"/>,
    /// <see cref="BaselineRunCancellations"/>, <see cref="BaselineRunService"/> and, where the process has the
    /// <see cref="ProcessRole.Baselines"/> role and <c>Baseline:WorkerEnabled</c> is not false, one lease worker (runs
    /// go one at a time: a run already uses every core).
    /// </summary>
    public static IServiceCollection AddPortalBaselines(this IServiceCollection services, IConfiguration configuration, PortalInstance instance)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(instance);
        services.AddBaselineModels(configuration);
        services.Configure<BaselineOptions>(configuration.GetSection(BaselineOptions.SectionName));
        services.AddSingleton<IBaselineModels, BaselineModels>();
        services.AddSingleton<IBaselineRunEvents, BaselineRunEvents>();
        services.AddSingleton<BaselineRunCancellations>();
        services.AddSingleton<BaselineRunService>();
        var options = configuration.GetSection(BaselineOptions.SectionName).Get<BaselineOptions>() ?? new BaselineOptions();
        if (options.WorkerEnabled && instance.Has(ProcessRole.Baselines))
        {
            services.AddLeaseWorker<BaselineRunService>(sp =>
            {
                var current = sp.GetRequiredService<IOptions<BaselineOptions>>();
                return () => new LeaseWorkerSettings(1, current.Value.PollInterval);
            });
        }

        return services;
    }
}
