using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Application.Tests.Features.Leaderboards;

public sealed class BoardQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LiveBoardRanksEachTeamByItsBestSubmission(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "红队", "Blue", "Green");
        await world.ScoreAsync("红队", 0.41);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var best = await world.ScoreAsync("红队", 0.62);
        await world.ScoreAsync("Blue", 0.55);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.ScoreAsync("红队", 0.30);

        var board = await world.BoardAsync(world.Leader("Blue"));
        board.Source.ShouldBe(BoardSource.Live);
        board.Rows.Items.Select(r => (r.Rank, r.Name, r.SubmissionCount)).ShouldBe([(1, "红队", 3), (2, "Blue", 1)]);
        board.Rows.Items[0].PrimaryScore.ShouldBe(0.62);
        board.Rows.Items[0].Metrics[0].Key.ShouldBe(MetricKeys.Score);
        board.Columns.Select(c => c.Key).ShouldBe([MetricKeys.Score, MetricKeys.Jaccard, MetricKeys.F1, MetricKeys.Precision, MetricKeys.Recall]);
        board.ViewerTeamId.ShouldBe(world.Team("Blue"));
        board.Rows.Items.Single(r => r.IsViewerTeam).Name.ShouldBe("Blue");
        board.ViewerPage.ShouldBe(1);
        board.Rows.Items.ShouldAllBe(r => r.SubmissionId == null);

        var organizerView = await world.BoardAsync(world.Organizer);
        organizerView.Rows.Items[0].SubmissionId.ShouldBe(best);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LatestAndSelectedPoliciesPickTheirRepresentatives(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.9);
        await world.ScoreAsync("B", 0.5, selected: true);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await world.ScoreAsync("A", 0.2);
        await world.ScoreAsync("B", 0.8);

        await world.UseSettingsAsync(s => s with { Representative = RepresentativeSubmission.Latest });
        (await world.BoardAsync(world.Organizer)).Rows.Items.Select(r => (r.Name, r.PrimaryScore)).ShouldBe([("B", 0.8), ("A", 0.2)]);

        // Selected: B selected its 0.5; A selected nothing and is represented by its best.
        await world.UseSettingsAsync(s => s with { Representative = RepresentativeSubmission.Selected, SelectionLimit = 1 });
        (await world.BoardAsync(world.Organizer)).Rows.Items.Select(r => (r.Name, r.PrimaryScore)).ShouldBe([("A", 0.9), ("B", 0.5)]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TiesOnScoreAreBrokenByF1ThenByTheEarlierSubmission(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "early", "late", "higherF1");
        await world.ScoreAsync("early", 0.5, f1: 0.5);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.ScoreAsync("late", 0.5, f1: 0.5);
        await world.ScoreAsync("higherF1", 0.5, f1: 0.6, jaccard: 0.4);
        (await world.NamesAsync(world.Organizer)).ShouldBe(["higherF1", "early", "late"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SortsByAnyMetricSearchesByNameAndPages(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "Alpha", "Beta", "Gamma");
        await world.ScoreAsync("Alpha", 0.9, jaccard: 0.1);
        await world.ScoreAsync("Beta", 0.5, jaccard: 0.9);
        await world.ScoreAsync("Gamma", 0.7, jaccard: 0.5);

        var byJaccard = await world.BoardAsync(world.Organizer, new GetBoardQuery(null, world.PhaseId, SortBy: MetricKeys.Jaccard, Descending: true));
        byJaccard.Rows.Items.Select(r => r.Name).ShouldBe(["Beta", "Gamma", "Alpha"]);
        byJaccard.Rows.Items.Select(r => r.Rank).ShouldBe([3, 2, 1]);

        var search = await world.BoardAsync(world.Organizer, new GetBoardQuery(null, world.PhaseId, Search: "amm"));
        search.Rows.Items.Single().Name.ShouldBe("Gamma");
        search.Rows.TotalCount.ShouldBe(1);

        var second = await world.BoardAsync(world.Organizer, new GetBoardQuery(null, world.PhaseId, Page: 2, PageSize: 2));
        second.Rows.Items.Single().Name.ShouldBe("Beta");
        second.Rows.TotalCount.ShouldBe(3);

        var unknown = await host.Send(new GetBoardQuery(world.Organizer, world.PhaseId, SortBy: "accuracy"), Ct);
        unknown.ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("jaccard");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task BaselineRowsArePlacedByScoreWithoutRank(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.8);
        await world.ScoreAsync("B", 0.4);
        await using (var db = await host.OpenAsync())
        {
            db.Baselines.Add(new BaselineEntry(Guid.CreateVersion7(), world.TaskId, world.PhaseId, "Baseline (BERT)", new("b.json", new string('b', 64), 2, 10, 5), [1], 0.6, "{\"score\":0.6,\"jaccard\":0.5,\"f1\":0.7}", "1.0.0", world.Organizer.UserId, host.Clock.UtcNow));
            await db.SaveChangesAsync(Ct);
        }

        var rows = (await world.BoardAsync(null)).Rows.Items;
        rows.Select(r => (r.Rank, r.Name, r.IsBaseline)).ShouldBe([(1, "A", false), (null, "Baseline (BERT)", true), (2, "B", false)]);
        rows[1].TeamId.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task UnpublishedTaskBoardIsNotFoundForParticipants(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer, publish: false);
        var phaseId = await host.CreatePhaseAsync(organizer, taskId, "A", BoardWorld.Opens, BoardWorld.Opens.AddDays(5));
        var participant = await host.CreateUserAsync("someone");
        (await host.Send(new GetBoardQuery(participant, phaseId), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        (await host.Send(new GetBoardQuery(organizer, phaseId), Ct)).ShouldSucceed();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task CachedBoardIsRecomputedWhenANewScoreArrives(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.3);
        (await world.NamesAsync(null)).ShouldBe(["A"]);
        (await world.NamesAsync(null)).ShouldBe(["A"]);
        var cache = host.Create<BoardCacheProbe>();
        var computed = cache.Cache.Computations;
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await world.ScoreAsync("B", 0.6);
        (await world.NamesAsync(null)).ShouldBe(["B", "A"]);
        cache.Cache.Computations.ShouldBe(computed + 1);
    }
}

/// <summary>Reaches the singleton board cache the handlers share.</summary>
internal sealed class BoardCacheProbe(BoardCache cache)
{
    public BoardCache Cache { get; } = cache;
}
