using MedRec.Portal.Application.Features.Datasets.DownloadDataset;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Tasks.ListTasks;
using MedRec.Portal.Application.Features.Teams.ListTeams;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Infrastructure.Tests.Support;
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

        var tasks = await host.Handler<ListTasksHandler>().Handle(new ListTasksQuery(null), Ct);
        tasks.Select(t => t.Slug).ShouldBe(["cdrugred", "icd"]);
        tasks.ShouldAllBe(t => t.TitleZh.Contains("演示") && t.TitleEn.Contains("Demo"));
        tasks.ShouldAllBe(t => t.CurrentPhaseCode == "A" && t.CurrentPhaseStatus == PhaseStatus.Open && t.PhaseCount == 2);

        var cdrugred = (await host.Handler<GetTaskDetailHandler>().Handle(new GetTaskDetailQuery(null, "cdrugred"), Ct)).ShouldSucceed();
        cdrugred.CandidateList.ShouldNotBeNull().RecordCount.ShouldBeGreaterThan(0);
        cdrugred.Phases.Select(p => p.Status).ShouldBe([PhaseStatus.Open, PhaseStatus.Upcoming]);
        cdrugred.Phases.ShouldAllBe(p => p.HasGold && p.Inputs != null && p.Inputs.RecordCount == DemoSeeder.RecordsPerPhase);
        cdrugred.Texts.EvaluationEn.ShouldContain("Score = (Jaccard + F1) / 2");

        var teams = await host.Handler<ListTeamsHandler>().Handle(new ListTeamsQuery(Application.Common.Actor.Organizer(Guid.Empty)), Ct);
        teams.Count.ShouldBe(3);
        teams.ShouldAllBe(t => t.Name.Contains("演示") && t.Name.Contains("Demo"));
        teams.Count(t => t.RegistrationStatus == RegistrationStatus.Approved).ShouldBe(2);
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
        var download = await host.Handler<DownloadDatasetHandler>().Handle(new DownloadDatasetQuery(Application.Common.Actor.Participant(participant.Id), inputs.Id), Ct);
        download.ShouldSucceed().Sha256.ShouldBe(inputs.Sha256);
    }

    [Fact]
    public async Task SeedsOnlyOnce()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, settings => settings["Seed:Demo"] = "true");
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);
        await using var db = await host.OpenAsync();
        (await db.Tasks.CountAsync(Ct)).ShouldBe(2);
        (await db.Teams.CountAsync(Ct)).ShouldBe(3);
        (await db.GoldDatasets.CountAsync(Ct)).ShouldBe(4);
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
        var runs = host.Services.GetRequiredService<Application.Features.Baselines.Runs.BaselineRunService>();

        // The seed queues the runs; the background worker executes them (here: as the worker does).
        while (await runs.TryClaimNextAsync("test-worker", Ct) is { } runId)
        {
            await runs.ExecuteAsync(runId, "test-worker", Ct);
        }

        await using var db = await host.OpenAsync();
        var phasesA = await db.Phases.Where(p => p.Code == "A").Select(p => p.Id).ToListAsync(Ct);
        phasesA.Count.ShouldBe(2);
        (await db.BaselineRuns.Select(r => r.Status).ToListAsync(Ct)).ShouldAllBe(s => s == Domain.Baselines.BaselineRunStatus.Succeeded);
        foreach (var phaseId in phasesA)
        {
            var board = (await host.Handler<Application.Features.Leaderboards.GetBoard.GetBoardHandler>().Handle(new Application.Features.Leaderboards.GetBoard.GetBoardQuery(null, phaseId), Ct)).ShouldSucceed();
            var row = board.Rows.Items.ShouldHaveSingleItem();
            row.IsBaseline.ShouldBeTrue();
            row.Name.ShouldBe(DemoSeeder.DemoBaselineLabel);
            row.PrimaryScore.ShouldBeGreaterThan(0.2);
        }
    }
}
