using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Baselines;
using MedRec.Portal.Application.Features.Baselines.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Baseline.Portal;

/// <summary>Registers what the baseline use cases need: the ONNX runner, the port over it, run events, signal, cancellations, the run service and worker.</summary>
public static class BaselinePortalServices
{
    /// <summary>
    /// <c>Baseline</c> options, <see cref="IBaselineModels"/>, <see cref="IBaselineRunEvents"/>,
    /// <see cref="BaselineRunSignal"/>, <see cref="BaselineRunCancellations"/>, <see cref="BaselineRunService"/> and,
    /// unless <c>Baseline:WorkerEnabled</c> is false, the run worker hosted service.
    /// </summary>
    public static IServiceCollection AddPortalBaselines(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddBaselineModels(configuration);
        services.Configure<BaselineOptions>(configuration.GetSection(BaselineOptions.SectionName));
        services.AddSingleton<IBaselineModels, BaselineModels>();
        services.AddSingleton<IBaselineRunEvents, BaselineRunEvents>();
        services.AddSingleton<BaselineRunSignal>();
        services.AddSingleton<BaselineRunCancellations>();
        services.AddSingleton<BaselineRunService>();
        var options = configuration.GetSection(BaselineOptions.SectionName).Get<BaselineOptions>() ?? new BaselineOptions();
        if (options.WorkerEnabled)
        {
            services.AddHostedService<BaselineRunWorker>();
        }

        return services;
    }
}
