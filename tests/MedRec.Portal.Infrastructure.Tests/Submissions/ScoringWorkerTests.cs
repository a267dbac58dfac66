using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Submissions;
using MedRec.Portal.Infrastructure.Workers;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Submissions;

public sealed class ScoringWorkerTests
{
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ScoresAQueuedSubmissionAndStoresEveryMetricWithTheScorerVersion(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var events = setup.RecordEvents();
        var id = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;

        await setup.DrainQueueAsync();

        await using var db = await host.OpenAsync();
        var scored = await db.Submissions.SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken);
        scored.Status.ShouldBe(SubmissionStatus.Scored);

        // v1: gold {A, B}, predicted {A}: Jaccard 1/2, F1 2/3. v2: wrong: 0, 0. Score = (1/4 + 1/3) / 2.
        scored.PrimaryScore.ShouldNotBeNull().ShouldBe((0.25 + (1.0 / 3)) / 2, 1e-12);
        var metrics = MetricValues.Parse(scored.MetricsJson);
        metrics.Select(m => m.Key).ShouldBe([MetricKeys.Score, MetricKeys.Jaccard, MetricKeys.F1, MetricKeys.Precision, MetricKeys.Recall]);
        metrics.Single(m => m.Key == MetricKeys.Jaccard).Value.ShouldBe(0.25, 1e-12);
        scored.ScorerVersion.ShouldBe(Scoring.ScorerVersion.Current);
        scored.LeaseOwner.ShouldBeNull();
        events.Where(e => e.SubmissionId == id).Select(e => e.Status).ShouldBe([SubmissionStatus.Queued, SubmissionStatus.Scoring, SubmissionStatus.Scored]);
    }

    /// <summary>
    /// A file validated in the request is not parsed again: the upload leaves its parsed form for the scorer, which
    /// takes it; without it (scored by another process, or after a restart) the stored file gives the same score.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TheUploadsParsedFormIsScoredOnceAndTheStoredFileGivesTheSameScore(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var prepared = host.Services.GetRequiredService<PreparedSubmissions>();
        var quick = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;
        prepared.Count.ShouldBe(1);
        await setup.DrainQueueAsync();
        prepared.Count.ShouldBe(0);

        var fromFile = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;
        prepared.Take(fromFile).ShouldNotBeNull();
        await setup.DrainQueueAsync();

        await using var db = await host.OpenAsync();
        var rows = await db.Submissions.Where(s => s.Id == quick || s.Id == fromFile).ToListAsync(TestContext.Current.CancellationToken);
        rows.ShouldAllBe(s => s.Status == SubmissionStatus.Scored);
        rows.Single(s => s.Id == quick).PrimaryScore.ShouldNotBeNull().ShouldBe((0.25 + (1.0 / 3)) / 2, 1e-12);
        rows.Single(s => s.Id == quick).MetricsJson.ShouldBe(rows.Single(s => s.Id == fromFile).MetricsJson);
    }

    /// <summary>A worker dies after claiming (its lease is left behind); after the lease expires a fresh worker finishes the job.</summary>
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ASubmissionLeftScoringByACrashedWorkerIsFinishedAfterRestart(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var scoring = host.Services.GetRequiredService<SubmissionScoringService>();
        (await scoring.TryClaimNextAsync("crashed-worker", TestContext.Current.CancellationToken)).ShouldBe(id);

        // While the lease runs, nobody else takes it.
        (await scoring.TryClaimNextAsync("new-worker", TestContext.Current.CancellationToken)).ShouldBeNull();

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        await setup.DrainQueueAsync("new-worker");

        await using var db = await host.OpenAsync();
        var done = await db.Submissions.SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken);
        done.Status.ShouldBe(SubmissionStatus.Scored);
        done.PrimaryScore.ShouldBe(1.0);
        done.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task AWorkerThatLostItsLeaseCannotOverwriteTheNewOwnersResult()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var scoring = host.Services.GetRequiredService<SubmissionScoringService>();
        (await scoring.TryClaimNextAsync("slow-worker", TestContext.Current.CancellationToken)).ShouldBe(id);
        host.Clock.Advance(TimeSpan.FromMinutes(11));
        (await scoring.TryClaimNextAsync("new-worker", TestContext.Current.CancellationToken)).ShouldBe(id);

        await scoring.ScoreClaimedAsync(id, "slow-worker", TestContext.Current.CancellationToken);

        await using var db = await host.OpenAsync();
        var row = await db.Submissions.SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken);
        row.Status.ShouldBe(SubmissionStatus.Scoring);
        row.LeaseOwner.ShouldBe("new-worker");
    }

    [Fact]
    public async Task TheRunningWorkerIsWokenByANewSubmissionAndScoresIt()
    {
        // A long poll interval: only the queue signal can make the worker pick the submission up in time.
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Scoring:PollInterval"] = "00:10:00");
        var setup = await SubmissionSetup.CreateAsync(host);
        var scored = new TaskCompletionSource<SubmissionChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<ISubmissionEvents>().Changed += (_, change) =>
        {
            if (change.Status == SubmissionStatus.Scored)
            {
                scored.TrySetResult(change);
            }
        };
        var worker = host.Services.GetRequiredService<LeaseWorker<SubmissionScoringService>>();
        await worker.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;

            var change = await scored.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

            change.SubmissionId.ShouldBe(id);
        }
        finally
        {
            await worker.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task WithoutGoldTheSubmissionFailsWithAReadableReasonAndTheAttemptIsGivenBack()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        await using (var db = await host.OpenAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Phases\" SET \"GoldDatasetId\" = NULL", TestContext.Current.CancellationToken);
        }

        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();

        await using var check = await host.OpenAsync();
        var failed = await check.Submissions.SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken);
        failed.Status.ShouldBe(SubmissionStatus.Failed);
        failed.FailureReason.ShouldBe(SubmissionScoringService.NoGoldReason);
        failed.Counted.ShouldBeFalse();
        failed.CountingNoteId.ShouldBe(SubmissionNotes.GivenBack.Id);
        failed.FailureReasonId.ShouldBe(SubmissionNotes.ScoringNoGold.Id, "stored with its id, so My submissions can show it in Chinese");
        (await check.QuotaSlots.CountAsync(s => s.SubmissionId == id, TestContext.Current.CancellationToken)).ShouldBe(0);
        (await check.QuotaLedger.CountAsync(e => e.Kind == QuotaLedgerKind.Refund, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task ASubmissionThatKeepsCrashingItsWorkerIsMarkedFailedAfterTheMaximumAttempts()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Scoring:MaxAttempts"] = "2");
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var scoring = host.Services.GetRequiredService<SubmissionScoringService>();
        for (var crash = 0; crash < 2; crash++)
        {
            (await scoring.TryClaimNextAsync($"doomed-{crash}", TestContext.Current.CancellationToken)).ShouldBe(id);
            host.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        (await scoring.TryClaimNextAsync("last", TestContext.Current.CancellationToken)).ShouldBeNull();

        await using var db = await host.OpenAsync();
        var row = await db.Submissions.SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken);
        row.Status.ShouldBe(SubmissionStatus.Failed);
        row.FailureReason.ShouldContain("interrupted 2 times");
        row.Counted.ShouldBeFalse();
    }
}
