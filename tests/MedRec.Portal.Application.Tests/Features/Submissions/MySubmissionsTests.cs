using System.Text;
using MedRec.Portal.Application.Features.Submissions.DownloadSubmission;
using MedRec.Portal.Application.Features.Submissions.GetSubmission;
using MedRec.Portal.Application.Features.Submissions.InspectRecords;
using MedRec.Portal.Application.Features.Submissions.ListSubmissions;
using MedRec.Portal.Application.Features.Submissions.Rescore;
using MedRec.Portal.Application.Features.Submissions.SelectForFinal;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Submissions;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Submissions;

public sealed class MySubmissionsTests
{
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AMemberSeesTheTeamsSubmissionsWithTimesStatusMetricsAndCounting(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var scoredId = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, setup.Leader, "run 1")).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var rejectedId = (await setup.SubmitAsync(SubmissionSetup.ValidIcd, description: "oops")).ShouldSucceed().SubmissionId;

        var items = (await host.Send(new ListSubmissionsQuery(setup.Member, setup.PhaseId), TestContext.Current.CancellationToken)).ShouldSucceed();

        items.Select(i => i.Id).ShouldBe([rejectedId, scoredId]);
        var scored = items[1];
        scored.Status.ShouldBe(SubmissionStatus.Scored);
        scored.SubmittedBy.ShouldBe("leader");
        scored.SubmittedAtUtc.ShouldBe(new DateTime(2025, 6, 10, 4, 0, 0, DateTimeKind.Utc));
        scored.SubmittedAtPhaseLocal.ShouldBe(new DateTime(2025, 6, 10, 12, 0, 0));
        scored.PrimaryScore.ShouldBe(1.0);
        scored.Metrics.Count.ShouldBe(5);
        scored.Counted.ShouldBeTrue();
        scored.Description.ShouldBe("run 1");
        var rejected = items[0];
        rejected.Status.ShouldBe(SubmissionStatus.Rejected);
        rejected.Counted.ShouldBeFalse();
        rejected.RejectionSummary.ShouldStartWith("This looks like an ICD coding file");
    }

    [Fact]
    public async Task AnotherTeamSeesNoneOfItButAnOrganiserSeesEverything()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var rival = await host.CreateUserAsync("rival");
        await host.CreateTeamAsync(rival, setup.TaskId, "Rivals");
        var ct = TestContext.Current.CancellationToken;

        (await host.Send(new ListSubmissionsQuery(rival, setup.PhaseId), ct)).ShouldSucceed().ShouldBeEmpty();
        (await host.Send(new ListSubmissionsQuery(rival, setup.PhaseId, setup.TeamId), ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new GetSubmissionQuery(rival, id), ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new DownloadSubmissionQuery(rival, id), ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new SelectForFinalCommand(rival, id, true), ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new InspectRecordsQuery(setup.Leader, id), ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ComputeRescoreCommand(setup.Leader, setup.PhaseId), ct)).ShouldFailWith(ErrorCodes.Forbidden);

        (await host.Send(new ListSubmissionsQuery(setup.Organizer, setup.PhaseId), ct)).ShouldSucceed().ShouldHaveSingleItem().Id.ShouldBe(id);
        (await host.Send(new GetSubmissionQuery(setup.Organizer, id), ct)).ShouldSucceed();
    }

    [Fact]
    public async Task DetailCarriesTheFullReportOfARejectedFile()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync("""[{"ID": "v1", "prediction": ["不存在的药"], "note": 1}]""")).ShouldSucceed().SubmissionId;

        var detail = (await host.Send(new GetSubmissionQuery(setup.Leader, id), TestContext.Current.CancellationToken)).ShouldSucceed();

        detail.Report.Errors.Select(e => e.Code).ShouldBe([IssueCodes.UnknownLabel, IssueCodes.MissingIds]);
        detail.Report.Warnings.ShouldContain(w => w.Code == IssueCodes.ExtraKey);
        detail.Report.Errors[0].Line.ShouldBe(1);
    }

    [Fact]
    public async Task AMemberDownloadsTheOriginalBytes()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;

        var file = (await host.Send(new DownloadSubmissionQuery(setup.Leader, id), TestContext.Current.CancellationToken)).ShouldSucceed();

        file.FileName.ShouldBe("predictions.json");
        Encoding.UTF8.GetString(file.Content).ShouldBe(SubmissionSetup.PerfectCDrugRed);
        file.Sha256.ShouldBe(DatasetCompression.Sha256Hex(file.Content));
    }

    [Fact]
    public async Task ATeamSelectsAtMostTheAllowedNumberOfScoredSubmissions()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { Representative = RepresentativeSubmission.Selected, SelectionLimit = 1 });
        var first = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var second = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;
        var ct = TestContext.Current.CancellationToken;

        (await host.Send(new SelectForFinalCommand(setup.Member, first, true), ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("Only scored submissions");
        await setup.DrainQueueAsync();
        (await host.Send(new SelectForFinalCommand(setup.Member, first, true), ct)).ShouldSucceed();
        (await host.Send(new SelectForFinalCommand(setup.Leader, second, true), ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("1 of the 1");
        (await host.Send(new SelectForFinalCommand(setup.Leader, first, false), ct)).ShouldSucceed();
        (await host.Send(new SelectForFinalCommand(setup.Leader, second, true), ct)).ShouldSucceed();

        await using var db = await host.OpenAsync();
        (await db.Submissions.Where(s => s.IsSelectedForFinal).Select(s => s.Id).ToListAsync(ct)).ShouldBe([second]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TwoMembersSelectingAtOnceCannotExceedTheLimit(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { Representative = RepresentativeSubmission.Selected, SelectionLimit = 1 });
        var first = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var second = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();
        var ct = TestContext.Current.CancellationToken;

        var results = await Task.WhenAll(
            Task.Run(async () => await host.Send(new SelectForFinalCommand(setup.Member, first, true), ct), ct),
            Task.Run(async () => await host.Send(new SelectForFinalCommand(setup.Leader, second, true), ct), ct));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        await using var db = await host.OpenAsync();
        (await db.Submissions.CountAsync(s => s.IsSelectedForFinal, ct)).ShouldBe(1);
    }

    [Fact]
    public async Task SelectingIsRefusedWhenThePhaseRanksTheBestSubmission()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();

        (await host.Send(new SelectForFinalCommand(setup.Member, id, true), TestContext.Current.CancellationToken))
            .ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("best submission");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ReScoringShowsOldAndNewWithoutChangingTheLiveScoreUntilPublished(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();
        var ct = TestContext.Current.CancellationToken;

        // The organisers correct the gold: v2's answer becomes 硝酸甘油片, so the file now scores lower.
        var corrected = SyntheticFiles.Utf8("""
            {"就诊标识": "v1", "出院带药列表": ["阿司匹林肠溶片", "阿托伐他汀钙片"]}
            {"就诊标识": "v2", "出院带药列表": ["硝酸甘油片"]}
            """);
        (await host.Send(new UploadDatasetCommand(setup.Organizer, setup.TaskId, setup.PhaseId, DatasetFileKind.Gold, "gold-v2.jsonl", corrected), ct)).ShouldSucceed();

        var comparison = (await host.Send(new ComputeRescoreCommand(setup.Organizer, setup.PhaseId), ct)).ShouldSucceed().ShouldHaveSingleItem();

        comparison.OldPrimaryScore.ShouldBe(1.0);
        comparison.NewPrimaryScore.ShouldBe(0.5);
        comparison.PrimaryChanged.ShouldBeTrue();
        await using (var db = await host.OpenAsync())
        {
            (await db.Submissions.SingleAsync(s => s.Id == id, ct)).PrimaryScore.ShouldBe(1.0);
        }

        (await host.Send(new PublishRescoreCommand(setup.Organizer, setup.PhaseId), ct)).ShouldSucceed().ShouldBe(1);

        await using var check = await host.OpenAsync();
        var live = await check.Submissions.SingleAsync(s => s.Id == id, ct);
        live.PrimaryScore.ShouldBe(0.5);
        live.HasPendingRescore.ShouldBeFalse();
        (await check.AuditEvents.CountAsync(a => a.Action == "submission.rescore-published" && a.EntityId == id.ToString(), ct)).ShouldBe(1);
    }

    [Fact]
    public async Task AnOrganiserInspectsTheScoreRecordByRecord()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;

        var inspection = (await host.Send(new InspectRecordsQuery(setup.Organizer, id), TestContext.Current.CancellationToken)).ShouldSucceed();

        inspection.Records.Select(r => r.Id).ShouldBe(["v1", "v2"]);
        inspection.Records[0].Metrics["jaccard"].ShouldBe(0.5, 1e-12);
        inspection.Records[1].PredictedLabels.ShouldBe(["硝酸甘油片"]);
        inspection.Records[1].Metrics["f1"].ShouldBe(0);
    }
}
