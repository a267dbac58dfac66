using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Features.Leaderboards.Moderation;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Metrics;
using World = MedRec.Portal.Application.Tests.Features.Teams.UnmergeTeamTests.World;

namespace MedRec.Portal.Application.Tests.Features.Teams;

/// <summary>
/// Moderation and merges: a team's hide or disqualify follows the submissions a merge took from it (a disqualified
/// team cannot be laundered by merging it), and submission moderation and score overrides follow the submission
/// wherever it is. SQLite and PostgreSQL.
/// </summary>
public sealed class MergedModerationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ADisqualifiedTeamsScoresStayOffTheBoardWhenItIsMergedUntilTheMergeIsUndone(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 1, RepresentativeSubmission.Best);
        (await world.Setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed();
        (await world.Setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, world.BetaLeader)).ShouldSucceed();
        await world.Setup.DrainQueueAsync();
        var partial = (await RowsAsync(host, world)).Single(r => r.Name == "Alpha").Score;
        partial.ShouldBeLessThan(1.0);
        var disqualified = await ExcludeTeamAsync(host, world, "Copied another team's predictions");
        (await RowsAsync(host, world)).ShouldBe([("Alpha", partial, 1)]);

        (await world.MergeAsync()).ShouldSucceed();
        (await RowsAsync(host, world)).ShouldBe([("Alpha", partial, 1)], "Beta's perfect score must not come back as Alpha's");

        (await host.Send(new RevokeModerationCommand(world.Setup.Organizer, disqualified, "Appeal upheld"), Ct)).ShouldSucceed();
        (await RowsAsync(host, world)).ShouldBe([("Alpha", 1.0, 2)]);

        // A team record made while merged follows the moved submissions too.
        await ExcludeTeamAsync(host, world, "Appeal overturned");
        (await RowsAsync(host, world)).ShouldBe([("Alpha", partial, 1)]);

        (await world.UnmergeAsync()).ShouldSucceed();
        (await RowsAsync(host, world)).ShouldBe([("Alpha", partial, 1)], "Beta's own record applies to Beta again");
        var list = (await host.Send(new ListModerationsQuery(world.Setup.Organizer, world.Setup.PhaseId), Ct)).ShouldSucceed();
        list.Count.ShouldBe(2, "the merge and its undoing add or remove no moderation records");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SubmissionModerationAndScoreOverridesFollowAMovedSubmission(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 1, RepresentativeSubmission.Best);
        var moved = (await world.Setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, world.BetaLeader)).ShouldSucceed().SubmissionId;
        await world.Setup.DrainQueueAsync();
        (await world.MergeAsync()).ShouldSucceed();

        (await host.Send(new OverrideScoreCommand(world.Setup.Organizer, moved, new Dictionary<string, double> { [MetricKeys.Score] = 0.99 }, "Gold record 3 corrected"), Ct)).ShouldSucceed();
        var row = (await BoardAsync(host, world)).ShouldHaveSingleItem();
        (row.Name, row.PrimaryScore, row.IsOverridden, row.SubmissionId).ShouldBe(("Alpha", 0.99, true, (Guid?)moved));

        var hidden = (await host.Send(new ExcludeFromBoardCommand(world.Setup.Organizer, world.Setup.PhaseId, ModerationTarget.Submission, moved, false, "Test upload"), Ct)).ShouldSucceed();
        (await BoardAsync(host, world)).ShouldBeEmpty();
        (await host.Send(new RevokeModerationCommand(world.Setup.Organizer, hidden, "Not a test after all"), Ct)).ShouldSucceed();
        (await BoardAsync(host, world)).ShouldHaveSingleItem().Name.ShouldBe("Alpha");

        (await world.UnmergeAsync()).ShouldSucceed();
        row = (await BoardAsync(host, world)).ShouldHaveSingleItem();
        (row.Name, row.PrimaryScore, row.IsOverridden, row.SubmissionId).ShouldBe(("Beta", 0.99, true, (Guid?)moved));
        (await host.Send(new ExcludeFromBoardCommand(world.Setup.Organizer, world.Setup.PhaseId, ModerationTarget.Submission, moved, true, "Rule 4"), Ct)).ShouldSucceed();
        (await BoardAsync(host, world)).ShouldBeEmpty();
    }

    private static async Task<Guid> ExcludeTeamAsync(PortalTestHost host, World world, string reason) =>
        (await host.Send(new ExcludeFromBoardCommand(world.Setup.Organizer, world.Setup.PhaseId, ModerationTarget.Team, world.Beta, true, reason), Ct)).ShouldSucceed();

    private static async Task<IReadOnlyList<Application.Features.Leaderboards.BoardRowView>> BoardAsync(PortalTestHost host, World world) =>
        (await host.Send(new GetBoardQuery(world.Setup.Organizer, world.Setup.PhaseId), Ct)).ShouldSucceed().Rows.Items;

    private static async Task<List<(string Name, double Score, int Count)>> RowsAsync(PortalTestHost host, World world) =>
        (await BoardAsync(host, world)).Select(r => (r.Name, Math.Round(r.PrimaryScore, 6), r.SubmissionCount)).ToList();
}
