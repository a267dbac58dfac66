using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Leaderboards.Moderation;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Metrics;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Leaderboards;

public sealed class ModerationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task HiddenTeamLeavesTheBoardAndComesBackWhenRevoked(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.8);
        await world.ScoreAsync("B", 0.5);

        (await host.Send(new ExcludeFromBoardCommand(world.Leader("B"), world.PhaseId, ModerationTarget.Team, world.Team("A"), false, "test"), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ExcludeFromBoardCommand(world.Organizer, world.PhaseId, ModerationTarget.Team, world.Team("A"), false, "  "), Ct)).ShouldFailWith(ErrorCodes.Validation);
        var id = (await host.Send(new ExcludeFromBoardCommand(world.Organizer, world.PhaseId, ModerationTarget.Team, world.Team("A"), true, "Shared predictions with team B"), Ct)).ShouldSucceed();
        (await host.Send(new ExcludeFromBoardCommand(world.Organizer, world.PhaseId, ModerationTarget.Team, world.Team("A"), false, "again"), Ct)).ShouldFailWith(ErrorCodes.Conflict);

        var rows = (await world.BoardAsync(null)).Rows.Items;
        rows.Select(r => (r.Rank, r.Name)).ShouldBe([(1, "B")]);

        var list = (await host.Send(new ListModerationsQuery(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();
        list.Single().ShouldSatisfyAllConditions(m => m.Action.ShouldBe(ModerationAction.Disqualify), m => m.TeamName.ShouldBe("A"), m => m.CreatedBy.ShouldBe("organizer"));

        (await host.Send(new RevokeModerationCommand(world.Organizer, id, "Appeal upheld"), Ct)).ShouldSucceed();
        (await world.NamesAsync(null)).ShouldBe(["A", "B"]);
        (await host.Send(new RevokeModerationCommand(world.Organizer, id, "again"), Ct)).ShouldFailWith(ErrorCodes.Conflict);

        await using var db = await host.OpenAsync();
        var actions = await db.AuditEvents.Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync(Ct);
        actions.ShouldBe([LeaderboardAuditActions.Excluded, LeaderboardAuditActions.ModerationRevoked], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task HiddenSubmissionLetsTheTeamsNextBestRepresentIt(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        var leaked = await world.ScoreAsync("A", 0.95);
        await world.ScoreAsync("A", 0.4);
        await world.ScoreAsync("B", 0.6);
        (await host.Send(new ExcludeFromBoardCommand(world.Organizer, world.PhaseId, ModerationTarget.Submission, leaked, false, "Used the test labels"), Ct)).ShouldSucceed();

        var rows = (await world.BoardAsync(null)).Rows.Items;
        rows.Select(r => (r.Name, r.PrimaryScore, r.SubmissionCount)).ShouldBe([("B", 0.6, 1), ("A", 0.4, 1)]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OverriddenScoreReordersTheBoardAndIsFlagged(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.8);
        var b = await world.ScoreAsync("B", 0.5);

        (await host.Send(new OverrideScoreCommand(world.Organizer, b, new Dictionary<string, double> { ["acc"] = 0.9 }, "Gold fix"), Ct)).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("\"acc\"");
        (await host.Send(new OverrideScoreCommand(world.Organizer, b, new Dictionary<string, double> { [MetricKeys.Score] = 1.5 }, "Gold fix"), Ct)).ShouldFailWith(ErrorCodes.Validation);
        (await host.Send(new OverrideScoreCommand(world.Leader("B"), b, new Dictionary<string, double> { [MetricKeys.Score] = 0.9 }, "Gold fix"), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new OverrideScoreCommand(world.Organizer, b, new Dictionary<string, double> { [MetricKeys.Score] = 0.9, [MetricKeys.F1] = 0.95 }, "Gold record 17 corrected"), Ct)).ShouldSucceed();

        var rows = (await world.BoardAsync(null)).Rows.Items;
        rows.Select(r => (r.Name, r.PrimaryScore, r.IsOverridden)).ShouldBe([("B", 0.9, true), ("A", 0.8, false)]);
        rows[0].Metrics.Single(m => m.Key == MetricKeys.F1).Value.ShouldBe(0.95);
        rows[0].Metrics.Single(m => m.Key == MetricKeys.Jaccard).Value.ShouldBe(0.5);

        // A second override replaces the first, which stays in the history as revoked.
        (await host.Send(new OverrideScoreCommand(world.Organizer, b, new Dictionary<string, double> { [MetricKeys.Score] = 0.7 }, "Second look"), Ct)).ShouldSucceed();
        (await world.NamesAsync(null)).ShouldBe(["A", "B"]);
        var list = (await host.Send(new ListModerationsQuery(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();
        list.Count(m => m.IsActive).ShouldBe(1);
        list.Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantsCannotListModerations(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A");
        (await host.Send(new ListModerationsQuery(world.Leader("A"), world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
    }
}
