using MedRec.Portal.Application.Features.Datasets.DownloadDataset;
using MedRec.Portal.Application.Features.Leaderboards.Charts;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Features.Submissions.ListQuotaLedger;
using MedRec.Portal.Application.Features.Submissions.ListSubmissions;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Tasks.ListTasks;
using MedRec.Portal.Application.Features.Teams.ListTeams;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Seeding;

public sealed class DemoSeederTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SeedsADemoCompetitionOnAnEmptyDatabase(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider, settings => settings["Seed:Demo"] = "true");

        var tasks = await host.Send(new ListTasksQuery(null), Ct);
        tasks.Select(t => t.Slug).ShouldBe(["cdrugred", "icd"]);
        tasks.ShouldAllBe(t => t.TitleZh.Contains("演示") && t.TitleEn.Contains("Demo"));
        tasks.ShouldAllBe(t => t.CurrentPhaseCode == "A" && t.CurrentPhaseStatus == PhaseStatus.Open && t.PhaseCount == 2);

        var cdrugred = (await host.Send(new GetTaskDetailQuery(null, "cdrugred"), Ct)).ShouldSucceed();
        cdrugred.CandidateList.ShouldNotBeNull().RecordCount.ShouldBeGreaterThan(0);
        cdrugred.Phases.Select(p => p.Status).ShouldBe([PhaseStatus.Open, PhaseStatus.Upcoming]);
        cdrugred.Phases.ShouldAllBe(p => p.HasGold && p.Inputs != null && p.Inputs.RecordCount == DemoSeeder.RecordsPerPhase);
        cdrugred.Texts.EvaluationEn.ShouldContain("Score = (Jaccard + F1) / 2");

        var teams = await host.Send(new ListTeamsQuery(Application.Common.Actor.Organizer(Guid.Empty)), Ct);
        teams.Count.ShouldBe(3 + (2 * DemoSeeder.BoardTeams.Count));
        teams.ShouldAllBe(t => t.Name.Contains("演示") && t.Name.Contains("Demo"));
        teams.Count(t => t.RegistrationStatus == RegistrationStatus.Approved).ShouldBe(2 + (2 * DemoSeeder.BoardTeams.Count));
        teams.Count(t => t.RegistrationStatus == RegistrationStatus.Pending).ShouldBe(1);

        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var organizer = (await users.FindByEmailAsync(DemoAccounts.OrganizerEmail)).ShouldNotBeNull();
        (await users.CheckPasswordAsync(organizer, DemoAccounts.OrganizerPassword)).ShouldBeTrue();
        (await users.IsInRoleAsync(organizer, PortalRoles.Organizer)).ShouldBeTrue();
        var participant = (await users.FindByEmailAsync("participant1@demo.medrec")).ShouldNotBeNull();
        (await users.CheckPasswordAsync(participant, DemoAccounts.ParticipantPassword)).ShouldBeTrue();
        (await users.IsInRoleAsync(participant, PortalRoles.Organizer)).ShouldBeFalse();

        // A member of an approved demo team can download phase A's inputs right away.
        var inputs = cdrugred.Phases[0].Inputs!;
        var download = await host.Send(new DownloadDatasetQuery(Application.Common.Actor.Participant(participant.Id), inputs.Id), Ct);
        download.ShouldSucceed().Sha256.ShouldBe(inputs.Sha256);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SeedsOnlyOnce(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider, settings => settings["Seed:Demo"] = "true");
        int submissions, ledger;
        await using (var before = await host.OpenAsync())
        {
            submissions = await before.Submissions.CountAsync(Ct);
            ledger = await before.QuotaLedger.CountAsync(Ct);
        }

        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);

        await using var db = await host.OpenAsync();
        (await db.Tasks.CountAsync(Ct)).ShouldBe(2);
        (await db.Teams.CountAsync(Ct)).ShouldBe(3 + (2 * DemoSeeder.BoardTeams.Count));
        (await db.GoldDatasets.CountAsync(Ct)).ShouldBe(4);
        (await db.BaselineRuns.CountAsync(Ct)).ShouldBe(2);
        submissions.ShouldBeGreaterThan(0);
        (await db.Submissions.CountAsync(Ct)).ShouldBe(submissions);
        (await db.QuotaLedger.CountAsync(Ct)).ShouldBe(ledger);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task DemoBoardsRankSevenScoredTeamsOverThePastDaysBesideTheBaseline(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider, settings => settings["Seed:Demo"] = "true");
        await RunQueuedBaselinesAsync(host);
        var now = host.Clock.UtcNow;
        var participant1 = await ActorAsync(host, "participant1@demo.medrec");
        var participant6 = await ActorAsync(host, "participant6@demo.medrec");

        await using var db = await host.OpenAsync();
        foreach (var (slug, member, ownTeam) in new[] { ("cdrugred", participant1, "演示队一 Demo Team 1"), ("icd", participant6, "演示队三 Demo Team 3") })
        {
            var phaseId = await db.Phases.Where(p => p.Code == "A" && db.Tasks.Any(t => t.Id == p.TaskId && t.Slug == slug)).Select(p => p.Id).SingleAsync(Ct);

            // Anyone sees seven ranked teams (the six synthetic ones and the approved demo team) and the baseline.
            var board = (await host.Send(new GetBoardQuery(null, phaseId), Ct)).ShouldSucceed();
            var teams = board.Rows.Items.Where(r => !r.IsBaseline).ToList();
            teams.Select(r => r.Rank).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
            teams.Select(r => r.Name).ShouldBe([ownTeam, .. DemoSeeder.BoardTeams.Select(t => t.Name)], ignoreOrder: true);
            teams.ShouldAllBe(r => r.PrimaryScore > 0.05 && r.PrimaryScore < 1 && r.SubmissionCount >= 3 && r.SubmissionCount <= 4);
            teams.Select(r => r.PrimaryScore).Distinct().Count().ShouldBe(7);
            board.Rows.Items.Single(r => r.IsBaseline).Name.ShouldBe(DemoSeeder.DemoBaselineLabel);
            (teams[0].PrimaryScore - teams[^1].PrimaryScore).ShouldBeGreaterThan(0.3);

            // Scored through the real worker path at the moments they were submitted: the past days, never today.
            var stored = await db.Submissions.Where(s => s.PhaseId == phaseId).ToListAsync(Ct);
            stored.Count.ShouldBe(teams.Sum(r => r.SubmissionCount));
            stored.ShouldAllBe(s => s.Status == Domain.Submissions.SubmissionStatus.Scored && s.SubmittedAt < now.Date && s.SubmittedAt >= now.Date.AddDays(-6));
            stored.ShouldAllBe(s => s.ScoredAt > s.SubmittedAt && s.ScoredAt < s.SubmittedAt.AddMinutes(5));
            stored.Select(s => s.SubmittedAt.Date).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);

            // The phase chart has the bests over time, and the demo account's own team its points.
            var phaseChart = (await host.Send(new GetScoreHistoryQuery(null, phaseId), Ct)).ShouldSucceed();
            phaseChart.Points.Count.ShouldBeGreaterThanOrEqualTo(2);
            phaseChart.Points.Select(p => p.Score).ShouldBeInOrder(SortDirection.Ascending);
            var ownId = teams.Single(r => r.Name == ownTeam).TeamId!.Value;
            var teamChart = (await host.Send(new GetScoreHistoryQuery(member, phaseId, ownId), Ct)).ShouldSucceed();
            teamChart.Points.Count.ShouldBeInRange(3, 4);
            teamChart.Points.Select(p => p.At).ShouldBeInOrder(SortDirection.Ascending);

            // Its members see the files in My submissions and the counted attempts in the quota ledger.
            (await host.Send(new ListSubmissionsQuery(member, phaseId), Ct)).ShouldSucceed().Count.ShouldBe(teamChart.Points.Count);
            (await host.Send(new ListQuotaLedgerQuery(member, phaseId, ownId), Ct)).ShouldSucceed().Count.ShouldBeGreaterThanOrEqualTo(teamChart.Points.Count);
        }
    }

    [Fact]
    public async Task DemoFalseLeavesTheDatabaseEmpty()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, settings => settings["Seed:Demo"] = "false");
        await using var db = await host.OpenAsync();
        (await db.Tasks.AnyAsync(Ct)).ShouldBeFalse();
        (await db.Users.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task DemoSeedRunsTheDemoModelsSoPhaseABoardsShowABaselineRow()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, settings => settings["Seed:Demo"] = "true");
        await RunQueuedBaselinesAsync(host);

        await using var db = await host.OpenAsync();
        var phasesA = await db.Phases.Where(p => p.Code == "A").Select(p => p.Id).ToListAsync(Ct);
        phasesA.Count.ShouldBe(2);
        (await db.BaselineRuns.Select(r => r.Status).ToListAsync(Ct)).ShouldAllBe(s => s == Domain.Baselines.BaselineRunStatus.Succeeded);
        foreach (var phaseId in phasesA)
        {
            var board = (await host.Send(new GetBoardQuery(null, phaseId), Ct)).ShouldSucceed();
            var row = board.Rows.Items.Where(r => r.IsBaseline).ShouldHaveSingleItem();
            row.Rank.ShouldBeNull();
            row.Name.ShouldBe(DemoSeeder.DemoBaselineLabel);
            row.PrimaryScore.ShouldBeGreaterThan(0.2);
        }
    }

    // The seed queues the runs; the background worker executes them (here: as the worker does).
    private static async Task RunQueuedBaselinesAsync(PortalTestHost host)
    {
        var runs = host.Services.GetRequiredService<Application.Features.Baselines.Runs.BaselineRunService>();
        while (await runs.TryClaimNextAsync("test-worker", Ct) is { } runId)
        {
            await runs.ExecuteAsync(runId, "test-worker", Ct);
        }
    }

    private static async Task<Application.Common.Actor> ActorAsync(PortalTestHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email)).ShouldNotBeNull();
        return Application.Common.Actor.Participant(user.Id);
    }
}
