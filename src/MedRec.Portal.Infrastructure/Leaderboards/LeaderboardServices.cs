using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Leaderboards.Snapshots;
using MedRec.Portal.Infrastructure.Scaling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Leaderboards;

/// <summary>Registers what the leaderboard use cases need: the board cache, events, the snapshot service and job.</summary>
public static class LeaderboardServices
{
    /// <summary>
    /// <see cref="BoardCache"/>, <see cref="ILeaderboardEvents"/>, <see cref="BoardSnapshotService"/> and, unless
    /// <c>Leaderboards:JobEnabled</c> is false or the process lacks the <see cref="ProcessRole.Scoring"/> role (the
    /// background jobs run beside the scoring workers), the <see cref="BoardSnapshotJob"/> hosted service.
    /// </summary>
    public static IServiceCollection AddPortalLeaderboards(this IServiceCollection services, IConfiguration configuration, PortalInstance instance)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(instance);
        services.Configure<BoardSnapshotOptions>(configuration.GetSection(BoardSnapshotOptions.SectionName));
        services.AddSingleton<BoardCache>();
        services.AddSingleton<ILeaderboardEvents, LeaderboardEvents>();
        services.AddSingleton<BoardSnapshotService>();
        var options = configuration.GetSection(BoardSnapshotOptions.SectionName).Get<BoardSnapshotOptions>() ?? new BoardSnapshotOptions();
        if (options.JobEnabled && instance.Has(ProcessRole.Scoring))
        {
            services.AddHostedService<BoardSnapshotJob>();
        }

        return services;
    }
}
