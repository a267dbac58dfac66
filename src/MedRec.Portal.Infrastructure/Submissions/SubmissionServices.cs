using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Infrastructure.Scaling;
using MedRec.Portal.Infrastructure.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>Registers what the submission use cases need: options, events, the claims, the scoring service and its workers.</summary>
public static class SubmissionServices
{
    /// <summary>
    /// <c>Submission</c> and <c>Scoring</c> options, <see cref="ISubmissionEvents"/>, <see cref="IQueueClaims"/>,
    /// <see cref="IDatabaseErrors"/>, <see cref="SubmissionScoringService"/> and, where this process has the
    /// <see cref="ProcessRole.Scoring"/> role and <c>Scoring:WorkerEnabled</c> is not false, its lease workers
    /// (<c>Scoring:Workers</c>, default one per core). Needs <see cref="PortalInstance"/>, <see cref="IPortalBus"/>
    /// and <see cref="IWorkSignal"/> (<see cref="ScalingServices.AddPortalScaling"/>).
    /// </summary>
    public static IServiceCollection AddPortalSubmissions(this IServiceCollection services, IConfiguration configuration, PortalInstance instance)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(instance);
        services.Configure<SubmissionOptions>(configuration.GetSection(SubmissionOptions.SectionName));
        services.Configure<ScoringWorkerOptions>(configuration.GetSection(ScoringWorkerOptions.SectionName));
        services.AddSingleton<ISubmissionEvents, SubmissionEvents>();
        services.AddSingleton<IQueueClaims, QueueClaims>();
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        var worker = configuration.GetSection(ScoringWorkerOptions.SectionName).Get<ScoringWorkerOptions>() ?? new ScoringWorkerOptions();

        // Uploads leave their parsed form for this process's scoring; a process without the role keeps none.
        services.AddSingleton(_ => new PreparedSubmissions(instance.Has(ProcessRole.Scoring) ? PreparedSubmissions.DefaultMaxBytes : 0));
        services.AddSingleton<SubmissionScoringService>();
        if (instance.Has(ProcessRole.Scoring) && worker.WorkerEnabled)
        {
            services.AddLeaseWorker<SubmissionScoringService>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<ScoringWorkerOptions>>();
                return () => new LeaseWorkerSettings(options.Value.EffectiveWorkers, options.Value.PollInterval);
            });
        }

        return services;
    }
}
