using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Features.Leaderboards.Moderation;
using MedRec.Portal.Application.Features.Submissions.Rescore;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.Submissions;

/// <summary>
/// The rank change an organiser sees before publishing a re-score is the board's own rank before and after, under
/// the phase's ranking rule and moderation; each team's best score among the re-scored submissions would say
/// something else here.
/// </summary>
public sealed class RescoreRankTests
{
    // Against the synthetic gold (v1: 阿司匹林 + 阿托伐他汀, v2: 美托洛尔) and the corrected one (v2: 硝酸甘油片).
    private const string Perfect = """[{"ID": "v1", "prediction": ["阿司匹林肠溶片", "阿托伐他汀钙片"]}, {"ID": "v2", "prediction": ["美托洛尔缓释片"]}]"""; // 1.0 → 0.5
    private const string Partial = """[{"ID": "v1", "prediction": ["阿司匹林肠溶片"]}, {"ID": "v2", "prediction": ["硝酸甘油片"]}]"""; // 0.29 → 0.79
    private const string RightAfterCorrection = """[{"ID": "v1", "prediction": ["阿司匹林肠溶片", "阿托伐他汀钙片"]}, {"ID": "v2", "prediction": ["硝酸甘油片"]}]"""; // 0.5 → 1.0
    private const string WrongAfterCorrection = """[{"ID": "v1", "prediction": ["阿司匹林肠溶片"]}, {"ID": "v2", "prediction": ["美托洛尔缓释片"]}]"""; // 0.79 → 0.29

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RankChangesAreTheBoardsRanksBeforeAndAfterPublishingOnALatestPhaseWithAHiddenTeam(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { Representative = RepresentativeSubmission.Latest });
        var beta = await ApprovedTeamAsync(setup, "Beta");
        var gamma = await ApprovedTeamAsync(setup, "Gamma");
        var delta = await ApprovedTeamAsync(setup, "Delta");

        // Alpha's perfect file is its best, but its later, weaker one represents it on a "latest" board.
        (await setup.SubmitAsync(Perfect, setup.Leader)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await setup.SubmitAsync(Partial, setup.Leader)).ShouldSucceed();
        (await setup.SubmitAsync(RightAfterCorrection, beta.Leader)).ShouldSucceed();
        (await setup.SubmitAsync(Perfect, gamma.Leader)).ShouldSucceed();
        (await setup.SubmitAsync(WrongAfterCorrection, delta.Leader)).ShouldSucceed();
        await setup.DrainQueueAsync();
        (await host.Send(new ExcludeFromBoardCommand(setup.Organizer, setup.PhaseId, ModerationTarget.Team, gamma.TeamId, false, "shared answers"), Ct)).ShouldSucceed();
        (await BoardRanksAsync(setup)).ShouldBe([("Delta", 1), ("Beta", 2), ("Alpha", 3)]);

        var corrected = SyntheticFiles.Utf8("""
            {"就诊标识": "v1", "出院带药列表": ["阿司匹林肠溶片", "阿托伐他汀钙片"]}
            {"就诊标识": "v2", "出院带药列表": ["硝酸甘油片"]}
            """);
        (await host.Send(new UploadDatasetCommand(setup.Organizer, setup.TaskId, setup.PhaseId, DatasetFileKind.Gold, "gold-v2.jsonl", corrected), Ct)).ShouldSucceed();
        var comparisons = (await host.Send(new ComputeRescoreCommand(setup.Organizer, setup.PhaseId), Ct)).ShouldSucceed();

        // Best-score ranking would say Alpha 1 → 2, Gamma 1 → 3, Delta 3 → 4, Beta 4 → 1.
        comparisons.Count.ShouldBe(5);
        comparisons.Select(c => (c.TeamName, c.OldRank, c.NewRank)).Distinct().OrderBy(r => r.TeamName, StringComparer.Ordinal).ShouldBe([
            ("Alpha", 3, 2),
            ("Beta", 2, 1),
            ("Delta", 1, 3),
            ("Gamma", (int?)null, (int?)null),
        ]);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await host.Send(new PublishRescoreCommand(setup.Organizer, setup.PhaseId), Ct)).ShouldSucceed().ShouldBe(5);
        (await BoardRanksAsync(setup)).ShouldBe([("Beta", 1), ("Alpha", 2), ("Delta", 3)]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ReScoringOneSubmissionMovesOnlyWhatPublishingItMoves(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var beta = await ApprovedTeamAsync(setup, "Beta");
        (await setup.SubmitAsync(Perfect, setup.Leader)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var betaId = (await setup.SubmitAsync(RightAfterCorrection, beta.Leader)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();
        var corrected = SyntheticFiles.Utf8("""
            {"就诊标识": "v1", "出院带药列表": ["阿司匹林肠溶片", "阿托伐他汀钙片"]}
            {"就诊标识": "v2", "出院带药列表": ["硝酸甘油片"]}
            """);
        (await host.Send(new UploadDatasetCommand(setup.Organizer, setup.TaskId, setup.PhaseId, DatasetFileKind.Gold, "gold-v2.jsonl", corrected), Ct)).ShouldSucceed();

        // Only Beta's file is re-scored (0.5 → 1.0): Alpha keeps its live 1.0 and the earlier submission wins the tie.
        var comparison = (await host.Send(new ComputeRescoreCommand(setup.Organizer, setup.PhaseId, betaId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        (comparison.TeamName, comparison.OldRank, comparison.NewRank).ShouldBe(("Beta", 2, 2));

        (await host.Send(new PublishRescoreCommand(setup.Organizer, setup.PhaseId, betaId), Ct)).ShouldSucceed().ShouldBe(1);
        (await BoardRanksAsync(setup)).ShouldBe([("Alpha", 1), ("Beta", 2)]);
    }

    private static async Task<(Guid TeamId, Actor Leader)> ApprovedTeamAsync(SubmissionSetup setup, string name)
    {
        var leader = await setup.Host.CreateUserAsync($"lead-{name}");
        var teamId = await setup.Host.CreateTeamAsync(leader, setup.TaskId, name);
        await setup.Host.RegisterAndApproveAsync(leader, setup.Organizer, teamId);
        return (teamId, leader);
    }

    private static async Task<(string Name, int? Rank)[]> BoardRanksAsync(SubmissionSetup setup)
    {
        var board = (await setup.Host.Send(new GetBoardQuery(setup.Organizer, setup.PhaseId), Ct)).ShouldSucceed();
        return [.. board.Rows.Items.Select(r => (r.Name, r.Rank))];
    }
}
