using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Baselines.CancelRun;
using MedRec.Portal.Application.Features.Baselines.ListRuns;
using MedRec.Portal.Application.Features.Baselines.Runs;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Baselines;

public sealed class BaselineRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task CompletedRunAddsABaselineRowWithTheScoresTheScorerGivesItsPredictions(DatabaseProvider provider)
    {
        var world = await BaselineWorld.CreateAsync(provider);
        await using var host = world.Host;
        var modelId = await world.UploadDemoModelAsync();
        var progress = new List<BaselineRunChanged>();
        host.Services.GetRequiredService<IBaselineRunEvents>().Changed += (_, change) =>
        {
            lock (progress)
            {
                progress.Add(change);
            }
        };
        var runId = await world.StartRunAsync(modelId, batchSize: 8);

        await world.DrainRunsAsync();

        var run = (await host.Send(new ListBaselineRunsQuery(world.Organizer, world.TaskId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        run.Id.ShouldBe(runId);
        run.Status.ShouldBe(BaselineRunStatus.Succeeded, run.FailureReason);
        run.Provider.ShouldBe("Cpu");
        run.RecordsDone.ShouldBe(BaselineWorld.Records);
        run.RecordsTotal.ShouldBe(BaselineWorld.Records);
        run.RecordsPerSecond.ShouldBeGreaterThan(0);
        run.StartedAt.ShouldNotBeNull();
        run.Duration.ShouldNotBeNull();

        // Live progress went out per batch of 8: 0, 8, 16, 24 of 24, on the CPU provider.
        progress.Where(p => p.Status == BaselineRunStatus.Running && p.Total > 0).Select(p => p.Done).ShouldBe([0, 8, 16, 24]);
        progress.ShouldContain(p => p.Status == BaselineRunStatus.Succeeded);

        // The stored predictions, scored by the Scoring library against the phase's gold, give the row's scores.
        await using var db = await host.OpenAsync();
        var entry = await db.Baselines.SingleAsync(b => b.Id == run.BaselineEntryId, Ct);
        var definition = CDrugRedTaskDefinition.Load(world.Data[DemoFileRole.Candidates].OpenRead());
        var gold = GoldSet.Read(definition, world.Data[DemoFileRole.Gold].OpenRead());
        var scored = SubmissionScorer.Score(definition, gold, new MemoryStream(DatasetCompression.Decompress(entry.CompressedContent))).ShouldBeOfType<ScoredSubmission>();
        entry.PrimaryScore.ShouldBe(scored.Result.Metrics.Primary);
        entry.RecordCount.ShouldBe(BaselineWorld.Records);
        run.Metrics.Select(m => (m.Key, m.Value)).ShouldBe(scored.Result.Metrics.Select(m => (m.Key, m.Value)));

        // ... and it is on the board as a baseline row, without a rank.
        var board = (await host.Send(new GetBoardQuery(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();
        var row = board.Rows.Items.ShouldHaveSingleItem();
        row.IsBaseline.ShouldBeTrue();
        row.Name.ShouldBe("Baseline (char-CNN)");
        row.Rank.ShouldBeNull();
        row.PrimaryScore.ShouldBe(scored.Result.Metrics.Primary);
    }

    [Fact]
    public async Task IcdRunProducesAScoredBaselineRow()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite, TaskKind.Icd);
        await using var host = world.Host;
        await world.StartRunAsync(await world.UploadDemoModelAsync());

        await world.DrainRunsAsync();

        var run = (await host.Send(new ListBaselineRunsQuery(world.Organizer, world.TaskId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        run.Status.ShouldBe(BaselineRunStatus.Succeeded, run.FailureReason);
        run.Metrics[0].Key.ShouldBe(MedRec.Portal.Scoring.Metrics.MetricKeys.Acc);
    }

    [Fact]
    public async Task CancellingAQueuedRunEndsItAtOnceAndItNeverRuns()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;
        var runId = await world.StartRunAsync(await world.UploadDemoModelAsync());

        (await host.Send(new CancelBaselineRunCommand(world.Organizer, runId), Ct)).ShouldSucceed();
        (await world.Runs.TryClaimNextAsync("worker", Ct)).ShouldBeNull();

        await using var db = await host.OpenAsync();
        var run = await db.BaselineRuns.SingleAsync(Ct);
        run.Status.ShouldBe(BaselineRunStatus.Cancelled);
        (await db.Baselines.CountAsync(Ct)).ShouldBe(0);
        (await db.AuditEvents.CountAsync(a => a.Action == "baseline.run-cancelled", Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task CancellingARunningRunStopsItMidwayAndAddsNoRow()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;
        var runId = await world.StartRunAsync(await world.UploadDemoModelAsync(), batchSize: 1);
        Task? cancelling = null;
        host.Services.GetRequiredService<IBaselineRunEvents>().Changed += (_, change) =>
        {
            // The organiser presses Cancel once the first records are done. Progress is reported on the run's own
            // thread, so waiting here holds the run at record 2 until the cancel is recorded: however fast the
            // machine, the run cannot finish before the request arrives.
            if (change.Status == BaselineRunStatus.Running && change.Done == 2)
            {
                cancelling = Task.Run(async () => (await host.Send(new CancelBaselineRunCommand(world.Organizer, runId), CancellationToken.None)).ShouldSucceed());
                cancelling.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue("the cancel request did not complete");
            }
        };

        await world.DrainRunsAsync();
        await cancelling.ShouldNotBeNull();

        await using var db = await host.OpenAsync();
        var run = await db.BaselineRuns.SingleAsync(Ct);
        run.Status.ShouldBe(BaselineRunStatus.Cancelled);
        run.RecordsDone.ShouldBeLessThan(BaselineWorld.Records);
        run.FailureReason.ShouldNotBeNull().ShouldContain("Cancelled by an organiser");
        (await db.Baselines.CountAsync(Ct)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RunLeftRunningByAStoppedProcessIsMarkedInterruptedAndCanBeStartedAgain(DatabaseProvider provider)
    {
        var world = await BaselineWorld.CreateAsync(provider);
        await using var host = world.Host;
        var modelId = await world.UploadDemoModelAsync();
        var runId = await world.StartRunAsync(modelId);

        // A process claims the run and dies without finishing it (no heartbeat any more).
        (await world.Runs.TryClaimNextAsync("crashed-process", Ct)).ShouldBe(runId);
        (await world.Runs.RecoverInterruptedAsync(Ct)).ShouldBe(0);

        // After the restart the lease runs out and the next worker round records what happened.
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        (await world.Runs.RecoverInterruptedAsync(Ct)).ShouldBe(1);

        var run = (await host.Send(new ListBaselineRunsQuery(world.Organizer, world.TaskId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        run.Status.ShouldBe(BaselineRunStatus.Interrupted);
        run.FailureReason.ShouldNotBeNull().ShouldContain(BaselineRunService.InterruptedReason);
        run.FinishedAt.ShouldNotBeNull();

        // The dead process cannot write a result any more, and a new run of the same model is allowed.
        await world.Runs.ExecuteAsync(runId, "crashed-process", Ct);
        await world.StartRunAsync(modelId);
        await world.DrainRunsAsync();
        await using var db = await host.OpenAsync();
        (await db.BaselineRuns.Select(r => r.Status).ToListAsync(Ct)).Order().ShouldBe([BaselineRunStatus.Succeeded, BaselineRunStatus.Interrupted]);
        (await db.Baselines.CountAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task StartingARunOnAPhaseWithoutGoldIsRefusedWithTheFix()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite, withGold: false);
        await using var host = world.Host;
        var modelId = await world.UploadDemoModelAsync();

        var result = await host.Send(
            new Application.Features.Baselines.StartRun.StartBaselineRunCommand(world.Organizer, modelId, world.PhaseId, null, null), Ct);

        result.ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("upload its gold");
    }
}
