using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards.Charts;
using MedRec.Portal.Application.Features.Leaderboards.Freeze;
using MedRec.Portal.Application.Features.Leaderboards.Moderation;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Leaderboards;

public sealed class ChartsAndEventsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ChartsGiveATeamsScoresAndThePhasesBestOverTime(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.3);
        host.Clock.Advance(TimeSpan.FromHours(1));
        await world.ScoreAsync("B", 0.5);
        host.Clock.Advance(TimeSpan.FromHours(1));
        await world.ScoreAsync("A", 0.4);
        host.Clock.Advance(TimeSpan.FromHours(1));
        var hidden = await world.ScoreAsync("A", 0.9);
        (await host.Send(new ExcludeFromBoardCommand(world.Organizer, world.PhaseId, ModerationTarget.Submission, hidden, false, "Leaked labels"), Ct)).ShouldSucceed();

        var team = (await host.Send(new GetScoreHistoryQuery(world.Leader("A"), world.PhaseId, world.Team("A")), Ct)).ShouldSucceed();
        team.Points.Select(p => (p.Score, p.BestSoFar)).ShouldBe([(0.3, 0.3), (0.4, 0.4)]);

        var phase = (await host.Send(new GetScoreHistoryQuery(null, world.PhaseId), Ct)).ShouldSucceed();
        phase.Points.Select(p => p.BestSoFar).ShouldBe([0.3, 0.5]);

        (await host.Send(new GetScoreHistoryQuery(world.Leader("B"), world.PhaseId, world.Team("A")), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ATeamsOwnChartStopsAtTheFreezeWhenTheBoardHidesOwnNewScores(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A");
        await world.ScoreAsync("A", 0.3);
        host.Clock.Advance(TimeSpan.FromHours(1));
        (await host.Send(new FreezeBoardCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromHours(1));
        await world.ScoreAsync("A", 0.8);
        var asTeam = new GetScoreHistoryQuery(world.Leader("A"), world.PhaseId, world.Team("A"));

        // Without the option the team sees its own new score (My submissions shows it too).
        (await host.Send(asTeam, Ct)).ShouldSucceed().Points.Select(p => p.Score).ShouldBe([0.3, 0.8]);

        (await host.Send(new SetBoardOptionsCommand(world.Organizer, world.PhaseId, HideOwnScoresWhileFrozen: true, PublishHourly: false), Ct)).ShouldSucceed();
        var hidden = (await host.Send(asTeam, Ct)).ShouldSucceed();
        hidden.Points.Select(p => p.Score).ShouldBe([0.3]);
        hidden.UpTo.ShouldNotBeNull();
        (await host.Send(asTeam with { Actor = world.Organizer }, Ct)).ShouldSucceed().Points.Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ScoredSubmissionAndModerationRaiseBoardEvents(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A");
        var events = host.Services.GetRequiredService<ILeaderboardEvents>();
        var seen = new List<BoardChanged>();
        events.Changed += (_, change) => seen.Add(change);

        host.Services.GetRequiredService<ISubmissionEvents>().Publish(new SubmissionChanged(Guid.NewGuid(), world.PhaseId, world.Team("A"), SubmissionStatus.Scored, host.Clock.UtcNow));
        host.Services.GetRequiredService<ISubmissionEvents>().Publish(new SubmissionChanged(Guid.NewGuid(), world.PhaseId, world.Team("A"), SubmissionStatus.Queued, host.Clock.UtcNow));
        (await host.Send(new ExcludeFromBoardCommand(world.Organizer, world.PhaseId, ModerationTarget.Team, world.Team("A"), false, "Test team"), Ct)).ShouldSucceed();

        seen.Select(e => (e.PhaseId, e.Kind)).ShouldBe([(world.PhaseId, BoardChangeKind.ScoresChanged), (world.PhaseId, BoardChangeKind.Moderated)]);
    }
}
