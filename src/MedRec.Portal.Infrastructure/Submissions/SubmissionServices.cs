using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>Registers what the submission use cases need: options, events, the queue signal, the scoring service and worker.</summary>
public static class SubmissionServices
{
    /// <summary>
    /// <c>Submission</c> and <c>Scoring</c> options, <see cref="ISubmissionEvents"/>, <see cref="IScoringQueueSignal"/>,
    /// <see cref="IDatabaseErrors"/>, <see cref="SubmissionScoringService"/> and, unless <c>Scoring:WorkerEnabled</c>
    /// is false, the <see cref="ScoringWorker"/> hosted service.
    /// </summary>
    public static IServiceCollection AddPortalSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<SubmissionOptions>(configuration.GetSection(SubmissionOptions.SectionName));
        services.Configure<ScoringWorkerOptions>(configuration.GetSection(ScoringWorkerOptions.SectionName));
        services.AddSingleton<ISubmissionEvents, SubmissionEvents>();
        services.AddSingleton<IScoringQueueSignal, ScoringQueueSignal>();
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.AddSingleton<SubmissionScoringService>();
        var worker = configuration.GetSection(ScoringWorkerOptions.SectionName).Get<ScoringWorkerOptions>() ?? new ScoringWorkerOptions();
        if (worker.WorkerEnabled)
        {
            services.AddHostedService<ScoringWorker>();
        }

        return services;
    }
}
