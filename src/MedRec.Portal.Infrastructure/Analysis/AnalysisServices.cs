using MedRec.Portal.Application.Features.Analysis;
using MedRec.Portal.Infrastructure.Scaling;
using MedRec.Portal.Infrastructure.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Analysis;

/// <summary>Registers the results-analysis job service and, where this process scores, its lease worker.</summary>
public static class AnalysisServices
{
    /// <summary>
    /// <c>Analysis</c> options, <see cref="AnalysisJobService"/> and, with the <see cref="ProcessRole.Scoring"/> role
    /// and <c>Analysis:WorkerEnabled</c> not false, one lease worker (an analysis re-scores every entry: one at a time).
    /// </summary>
    public static IServiceCollection AddPortalAnalysis(this IServiceCollection services, IConfiguration configuration, PortalInstance instance)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(instance);
        services.Configure<AnalysisJobOptions>(configuration.GetSection(AnalysisJobOptions.SectionName));
        services.AddSingleton<AnalysisJobService>();
        var options = configuration.GetSection(AnalysisJobOptions.SectionName).Get<AnalysisJobOptions>() ?? new AnalysisJobOptions();
        if (options.WorkerEnabled && instance.Has(ProcessRole.Scoring))
        {
            services.AddLeaseWorker<AnalysisJobService>(sp =>
            {
                var current = sp.GetRequiredService<IOptions<AnalysisJobOptions>>();
                return () => new LeaseWorkerSettings(1, current.Value.PollInterval);
            });
        }

        return services;
    }
}
