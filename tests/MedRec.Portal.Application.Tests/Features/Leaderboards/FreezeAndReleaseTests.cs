using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Leaderboards.Freeze;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Features.Leaderboards.GetBoardStatus;
using MedRec.Portal.Application.Features.Leaderboards.Snapshots;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Leaderboards;

public sealed class FreezeAndReleaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task HiddenBoardIsInvisibleToParticipantsUntilOneAuditedRelease(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A");
        await world.UseSettingsAsync(s => s with { BoardVisibility = BoardVisibility.HiddenUntilReleased });
        await world.ScoreAsync("A", 0.5);

        (await host.Send(new GetBoardQuery(world.Leader("A"), world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new GetBoardQuery(null, world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ListSnapshotsQuery(world.Leader("A"), world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await world.NamesAsync(world.Organizer)).ShouldBe(["A"]);

        (await host.Send(new ReleaseBoardCommand(world.Leader("A"), world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ReleaseBoardCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();

        (await world.NamesAsync(world.Leader("A"))).ShouldBe(["A"]);
        await using var db = await host.OpenAsync();
        (await db.AuditEvents.CountAsync(e => e.Action == LeaderboardAuditActions.Released && e.ActorUserId == world.Organizer.UserId, Ct)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task FrozenBoardShowsParticipantsTheSnapshotAndOrganisersTheLiveBoard(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.6);
        await world.ScoreAsync("B", 0.4);
        (await host.Send(new FreezeBoardCommand(world.Leader("A"), world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        var snapshotId = (await host.Send(new FreezeBoardCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await world.ScoreAsync("B", 0.9);

        var participant = await world.BoardAsync(world.Leader("B"));
        participant.Source.ShouldBe(BoardSource.FreezeSnapshot);
        participant.SnapshotId.ShouldBe(snapshotId);
        participant.Status.IsFrozen.ShouldBeTrue();
        participant.Rows.Items.Select(r => (r.Name, r.PrimaryScore)).ShouldBe([("A", 0.6), ("B", 0.4)]);

        var live = await world.BoardAsync(world.Organizer);
        live.Source.ShouldBe(BoardSource.Live);
        live.Rows.Items.Select(r => (r.Name, r.PrimaryScore)).ShouldBe([("B", 0.9), ("A", 0.6)]);
        var preview = await world.BoardAsync(world.Organizer, new GetBoardQuery(null, world.PhaseId, Source: BoardSource.Participants));
        preview.Rows.Items.Select(r => r.Name).ShouldBe(["A", "B"]);

        (await host.Send(new ReleaseBoardCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();
        var released = await world.BoardAsync(world.Leader("B"));
        released.Source.ShouldBe(BoardSource.Live);
        released.Rows.Items.Select(r => r.Name).ShouldBe(["B", "A"]);

        // The freeze snapshot stays in the history and can still be opened.
        var history = (await host.Send(new ListSnapshotsQuery(world.Leader("A"), world.PhaseId), Ct)).ShouldSucceed();
        history.Items.Single().Id.ShouldBe(snapshotId);
        var old = await world.BoardAsync(world.Leader("A"), new GetBoardQuery(null, world.PhaseId, SnapshotId: snapshotId));
        old.Rows.Items.Select(r => r.Name).ShouldBe(["A", "B"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ScheduledFreezeIsTakenAsOfItsInstantEvenWhenTheJobRunsLate(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.6);
        var freezeAt = host.Clock.UtcNow.AddHours(1);
        (await host.Send(new ScheduleFreezeCommand(world.Organizer, world.PhaseId, host.Clock.UtcNow.AddMinutes(-1)), Ct)).ShouldFailWith(ErrorCodes.Validation);
        (await host.Send(new ScheduleFreezeCommand(world.Organizer, world.PhaseId, freezeAt), Ct)).ShouldSucceed();

        // B scores 10 minutes after the freeze instant; the job runs 30 minutes late.
        host.Clock.Set(freezeAt.AddMinutes(10));
        await world.ScoreAsync("B", 0.9);
        host.Clock.Set(freezeAt.AddMinutes(30));

        var beforeJob = await world.BoardAsync(world.Leader("A"));
        beforeJob.Source.ShouldBe(BoardSource.FreezeSnapshot);
        beforeJob.AsOf.ShouldBe(freezeAt);
        beforeJob.Rows.Items.Select(r => r.Name).ShouldBe(["A"]);

        var job = host.Services.GetRequiredService<BoardSnapshotService>();
        (await job.RunDueAsync(Ct)).ShouldBe(1);
        (await job.RunDueAsync(Ct)).ShouldBe(0);

        var afterJob = await world.BoardAsync(world.Leader("A"));
        afterJob.SnapshotId.ShouldNotBeNull();
        afterJob.Rows.Items.Select(r => r.Name).ShouldBe(["A"]);
        afterJob.Status.FrozenAt.ShouldBe(freezeAt);
        (await world.NamesAsync(world.Organizer)).ShouldBe(["B", "A"]);

        await using var db = await host.OpenAsync();
        var snapshot = await db.BoardSnapshots.SingleAsync(Ct);
        snapshot.Kind.ShouldBe(SnapshotKind.Freeze);
        snapshot.AsOf.ShouldBe(freezeAt);
        snapshot.TakenByUserId.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task HourlyModeShowsParticipantsTheBoardAsOfTheHourMark(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider, now: new DateTime(2025, 6, 10, 4, 0, 0, DateTimeKind.Utc));
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.5);
        (await host.Send(new SetBoardOptionsCommand(world.Organizer, world.PhaseId, HideOwnScoresWhileFrozen: false, PublishHourly: true), Ct)).ShouldSucceed();
        host.Clock.Set(new DateTime(2025, 6, 10, 4, 20, 0, DateTimeKind.Utc));
        await world.ScoreAsync("B", 0.7);

        var board = await world.BoardAsync(world.Leader("A"));
        board.Source.ShouldBe(BoardSource.HourlySnapshot);
        board.Rows.Items.Select(r => r.Name).ShouldBe(["A"]);

        host.Clock.Set(new DateTime(2025, 6, 10, 5, 0, 30, DateTimeKind.Utc));
        (await host.Services.GetRequiredService<BoardSnapshotService>().RunDueAsync(Ct)).ShouldBe(1);
        var next = await world.BoardAsync(world.Leader("A"));
        next.SnapshotId.ShouldNotBeNull();
        next.AsOf.ShouldBe(new DateTime(2025, 6, 10, 5, 0, 0, DateTimeKind.Utc));
        next.Rows.Items.Select(r => r.Name).ShouldBe(["B", "A"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ManualSnapshotsAreTheOrganisersRecordOnly(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A");
        await world.ScoreAsync("A", 0.5);
        (await host.Send(new TakeSnapshotCommand(world.Leader("A"), world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        var id = (await host.Send(new TakeSnapshotCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();

        (await host.Send(new ListSnapshotsQuery(world.Organizer, world.PhaseId), Ct)).ShouldSucceed().Items.Single().Id.ShouldBe(id);
        (await host.Send(new ListSnapshotsQuery(world.Leader("A"), world.PhaseId), Ct)).ShouldSucceed().Items.ShouldBeEmpty();
        (await host.Send(new GetBoardQuery(world.Leader("A"), world.PhaseId, SnapshotId: id), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        (await world.BoardAsync(world.Organizer, new GetBoardQuery(null, world.PhaseId, SnapshotId: id))).Rows.Items.Single().Name.ShouldBe("A");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task StatusTellsTheSubmissionsSideToHideOwnScoresScoredAfterTheFreeze(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A");
        (await host.Send(new SetBoardOptionsCommand(world.Organizer, world.PhaseId, HideOwnScoresWhileFrozen: true, PublishHourly: false), Ct)).ShouldSucceed();
        var status = (await host.Send(new GetBoardStatusQuery(world.PhaseId), Ct)).ShouldSucceed();
        status.HidesOwnScores.ShouldBeFalse();

        (await host.Send(new FreezeBoardCommand(world.Organizer, world.PhaseId), Ct)).ShouldSucceed();
        var frozenAt = host.Clock.UtcNow;
        status = (await host.Send(new GetBoardStatusQuery(world.PhaseId), Ct)).ShouldSucceed();
        status.HidesOwnScores.ShouldBeTrue();
        status.ShowsOwnScore(frozenAt.AddMinutes(-1)).ShouldBeTrue();
        status.ShowsOwnScore(frozenAt.AddMinutes(1)).ShouldBeFalse();
        (await host.Send(new FreezeBoardCommand(world.Organizer, world.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Conflict);
    }
}
