using MedRec.Portal.Application.Features.Baselines.CancelRun;
using MedRec.Portal.Application.Features.Baselines.ListRuns;
using MedRec.Portal.Application.Features.Baselines.StartRun;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Baselines;

/// <summary>A model runs at most once at a time on a phase, however many starts arrive together.</summary>
public sealed class BaselineRunStartRaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task StartsOfTheSameModelOnThePhaseAtOnceQueueExactlyOneRunAndTheOthersNameIt(DatabaseProvider provider)
    {
        var world = await BaselineWorld.CreateAsync(provider);
        await using var host = world.Host;
        var modelId = await world.UploadDemoModelAsync();

        // A double click, and a second organiser, at the same moment.
        using var gate = new SemaphoreSlim(0);
        var starts = Enumerable.Range(0, 6).Select(i => Task.Run(
            async () =>
            {
                await gate.WaitAsync(Ct);
                return await host.Send(new StartBaselineRunCommand(world.Organizer, modelId, world.PhaseId, $"try {i}", null), Ct);
            },
            Ct)).ToList();
        gate.Release(starts.Count);
        var results = await Task.WhenAll(starts);

        results.Count(r => r.IsSuccess).ShouldBe(1);
        var refusals = results.Where(r => r.IsFailure).ToList();
        refusals.Count.ShouldBe(5);
        refusals.ShouldAllBe(r => r.Errors[0].Code == ErrorCodes.Conflict && r.Errors[0].MessageId == "baseline.already-running");
        refusals.ShouldAllBe(r => r.Errors[0].Message.Contains("wait for run #1 to finish or cancel it", StringComparison.Ordinal));
        await using (var db = await host.OpenAsync())
        {
            (await db.BaselineRuns.CountAsync(Ct)).ShouldBe(1);
            (await db.AuditEvents.CountAsync(a => a.Action == "baseline.run-queued", Ct)).ShouldBe(1);
        }

        // Once run #1 is cancelled the model may run again, as #2.
        var first = results.Single(r => r.IsSuccess).Value;
        (await host.Send(new CancelBaselineRunCommand(world.Organizer, first), Ct)).ShouldSucceed();
        var second = (await host.Send(new StartBaselineRunCommand(world.Organizer, modelId, world.PhaseId, "again", null), Ct)).ShouldSucceed();
        var runs = (await host.Send(new ListBaselineRunsQuery(world.Organizer, world.TaskId), Ct)).ShouldSucceed();
        runs.Select(r => (r.Id, r.Number)).ShouldBe([(second, 2), (first, 1)]);
        (await host.Send(new StartBaselineRunCommand(world.Organizer, modelId, world.PhaseId, "third", null), Ct))
            .ShouldFailWith(ErrorCodes.Conflict).Message.ShouldBe($"Model \"Char-CNN\" is already queued or running on phase \"A\" (run #2, \"again\"); wait for run #2 to finish or cancel it on the Runs tab.");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TheDatabaseItselfRefusesASecondActiveRunOfAModelOnAPhase(DatabaseProvider provider)
    {
        var world = await BaselineWorld.CreateAsync(provider);
        await using var host = world.Host;
        var modelId = await world.UploadDemoModelAsync();
        var now = host.Clock.UtcNow;
        BaselineRun Run() => new(Guid.CreateVersion7(), world.TaskId, world.PhaseId, modelId, "direct", 8, world.Organizer.UserId, now);
        var first = Run();
        await using (var db = await host.OpenAsync())
        {
            db.BaselineRuns.Add(first);
            await db.SaveChangesAsync(Ct);
        }

        // Past every check in the use case: only the unique index stands in the way.
        await using (var db = await host.OpenAsync())
        {
            db.BaselineRuns.Add(Run());
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        await using (var db = await host.OpenAsync())
        {
            var stored = await db.BaselineRuns.SingleAsync(r => r.Id == first.Id, Ct);
            stored.Fail("model file missing", now);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = await host.OpenAsync())
        {
            db.BaselineRuns.Add(Run());
            await db.SaveChangesAsync(Ct);
            (await db.BaselineRuns.CountAsync(Ct)).ShouldBe(2);
        }
    }
}
