using System.Text.Json;
using MedRec.Portal.Application.Features.Analysis;
using MedRec.Portal.Application.Features.Analysis.GetAnalysis;
using MedRec.Portal.Application.Features.Analysis.GetPublishedAnalysis;
using MedRec.Portal.Application.Features.Analysis.PublishAnalysis;
using MedRec.Portal.Application.Features.Analysis.RequestAnalysis;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Analysis;

public sealed class AnalysisUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OrganiserAnalysesTheBoardWithIntervalsBandsLabelsAndHardestRecordsWithGold(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);

        var id = await world.AnalyseNowAsync();
        var page = await world.PageAsync();

        page.Selected!.Id.ShouldBe(id);
        page.Selected.Status.ShouldBe(AnalysisStatus.Succeeded);
        page.Selected.Progress.ShouldBe(1);
        var report = page.Report.ShouldNotBeNull();
        report.Records.ShouldBe(2);
        report.Resamples.ShouldBe(1000);
        report.Entries.Select(e => (e.TeamId, e.Rank)).ShouldBe([(world.AlphaTeamId, 1), (world.BetaTeamId, 2)]);
        report.Entries[0].Score.ShouldBe(1.0);
        foreach (var entry in report.Entries)
        {
            entry.CiLow.ShouldBeLessThanOrEqualTo(entry.Score);
            entry.CiHigh.ShouldBeGreaterThanOrEqualTo(entry.Score);
        }

        report.Pairs.Count.ShouldBe(1);
        report.Pairs[0].Difference.ShouldBe(report.Entries[0].Score - report.Entries[1].Score, 1e-12);
        report.PooledLabels.ShouldContain(l => l.Label == "美托洛尔缓释片" && l.Kind == "drug" && l.Support == 1 && l.Predicted == 1);
        report.Entries[1].Labels.ShouldContain(l => l.Label == "美托洛尔缓释片" && l.Predicted == 0 && l.Recall == 0);

        // Beta got v2 wrong entirely: the hardest record, shown to organisers with its gold.
        report.Hardest[0].Id.ShouldBe("v2");
        report.Hardest[0].Gold.ShouldBe(["美托洛尔缓释片"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ASnapshotIsAnalysedOnceAndAskingAgainReturnsTheCachedReport(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        var id = await world.AnalyseNowAsync();
        var snapshotId = (await world.PageAsync()).Selected!.SnapshotId;

        (await host.Send(new RequestAnalysisCommand(world.Organizer, world.PhaseId, snapshotId), Ct)).ShouldSucceed().ShouldBe(id);
        (await world.DrainAsync()).ShouldBe(0);

        await using var db = await host.OpenAsync();
        (await db.BoardAnalyses.CountAsync(a => a.SnapshotId == snapshotId, Ct)).ShouldBe(1);
        (await db.AuditEvents.CountAsync(e => e.Action == AnalysisAuditActions.Succeeded, Ct)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ProgressIsStoredWhileTheJobRunsAndALostLeaseSavesNothing(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        var id = (await host.Send(new RequestAnalysisCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();
        var jobs = host.Create<AnalysisJobService>();
        (await jobs.TryClaimNextAsync("first", Ct)).ShouldBe(id);
        (await world.PageAsync()).Selected!.Status.ShouldBe(AnalysisStatus.Running);

        // The first worker stalls past its lease; a second takes the job over and finishes it.
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        (await jobs.TryClaimNextAsync("second", Ct)).ShouldBe(id);
        await jobs.ExecuteAsync(id, "first", Ct);
        (await world.PageAsync()).Selected!.Status.ShouldBe(AnalysisStatus.Running);
        await jobs.ExecuteAsync(id, "second", Ct);
        var done = (await world.PageAsync()).Selected!;
        done.Status.ShouldBe(AnalysisStatus.Succeeded);
        (done.EntriesDone, done.EntriesTotal).ShouldBe((2, 2));
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantsNeverReachTheOrganiserAnalysisOrItsSwitches(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        var id = await world.AnalyseNowAsync();

        (await host.Send(new RequestAnalysisCommand(world.Alpha, world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new GetAnalysisQuery(world.Alpha, world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new GetAnalysisQuery(world.Beta, world.PhaseId, id), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new PublishAnalysisCommand(world.Beta, world.PhaseId, id), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new GetPublishedAnalysisQuery(world.Beta, world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task PublishedAnalysisShowsEveryIntervalAndBandButOnlyTheTeamsOwnLabelsAndNeverGold(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        var id = await world.AnalyseNowAsync();
        var report = (await world.PageAsync()).Report!;
        (await host.Send(new PublishAnalysisCommand(world.Organizer, world.PhaseId, id), Ct)).ShouldSucceed();

        var beta = (await host.Send(new GetPublishedAnalysisQuery(world.Beta, world.PhaseId), Ct)).ShouldSucceed();
        beta.Entries.Select(e => (e.Name, e.CiLow, e.CiHigh, e.Band)).ShouldBe(report.Entries.Select(e => (e.Name, e.CiLow, e.CiHigh, e.Band)));
        beta.ViewerTeamId.ShouldBe(world.BetaTeamId);
        beta.OwnLabels.ShouldBe(report.Entries.Single(e => e.TeamId == world.BetaTeamId).Labels);
        beta.OwnLabels.ShouldNotBe(report.Entries.Single(e => e.TeamId == world.AlphaTeamId).Labels);

        // Nothing record-level reaches a participant: no record ids (the hardest records), no pooled or other teams' tables.
        var json = JsonSerializer.Serialize(beta);
        json.ShouldNotContain("\"v1\"");
        json.ShouldNotContain("\"v2\"");
        json.ShouldNotContain("Gold", Case.Insensitive);

        var visitor = (await host.Send(new GetPublishedAnalysisQuery(null, world.PhaseId), Ct)).ShouldSucceed();
        visitor.OwnLabels.ShouldBeEmpty();
        visitor.Entries.Count.ShouldBe(2);

        (await host.Send(new PublishAnalysisCommand(world.Organizer, world.PhaseId, null), Ct)).ShouldSucceed();
        (await host.Send(new GetPublishedAnalysisQuery(world.Beta, world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OnlyAFinishedAnalysisCanBePublished(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        var id = (await host.Send(new RequestAnalysisCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();

        var refused = (await host.Send(new PublishAnalysisCommand(world.Organizer, world.PhaseId, id), Ct)).ShouldFailWith(ErrorCodes.Conflict);
        refused.MessageId.ShouldBe(AnalysisErrors.NotReady.Id);
        (await host.Send(new PublishAnalysisCommand(world.Organizer, world.PhaseId, Guid.NewGuid()), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        (await host.Send(new RequestAnalysisCommand(world.Organizer, world.PhaseId, Resamples: 10), Ct)).ShouldFailWith(ErrorCodes.Validation);
    }
}
