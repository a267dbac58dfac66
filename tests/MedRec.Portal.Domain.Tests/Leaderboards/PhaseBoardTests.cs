using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;

namespace MedRec.Portal.Domain.Tests.Leaderboards;

public sealed class PhaseBoardTests
{
    private static readonly DateTime Now = new(2025, 6, 10, 4, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void ScheduledFreezeCountsAsFrozenFromItsInstantBeforeTheSnapshotIsTaken()
    {
        var board = new PhaseBoard(Guid.NewGuid(), Now);
        board.ScheduleFreeze(Now.AddHours(1), Now);
        board.IsFrozenAt(Now).ShouldBeFalse();
        board.IsFrozenAt(Now.AddHours(1)).ShouldBeTrue();
        board.FreezeInstantAt(Now.AddHours(2)).ShouldBe(Now.AddHours(1));
        board.IsFreezeDueAt(Now.AddHours(2)).ShouldBeTrue();

        board.Freeze(Guid.NewGuid(), Now.AddHours(1), Now.AddHours(2));
        board.IsFreezeDueAt(Now.AddHours(3)).ShouldBeFalse();
        board.FreezeInstantAt(Now.AddHours(3)).ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void RefusesAFreezeInstantInThePastOrWhileFrozen()
    {
        var board = new PhaseBoard(Guid.NewGuid(), Now);
        board.CheckSchedule(Now.AddMinutes(-1), Now).ShouldNotBeNull().Code.ShouldBe(ErrorCodes.Validation);
        board.Freeze(Guid.NewGuid(), Now, Now);
        board.CheckSchedule(Now.AddHours(1), Now).ShouldNotBeNull().Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainRuleException>(() => board.Freeze(Guid.NewGuid(), Now, Now));
    }

    [Fact]
    public void UnfreezeReturnsToTheLiveBoard()
    {
        var board = new PhaseBoard(Guid.NewGuid(), Now);
        board.Freeze(Guid.NewGuid(), Now, Now);
        board.Unfreeze(Now.AddHours(1));
        board.IsFrozenAt(Now.AddHours(2)).ShouldBeFalse();
        board.FrozenSnapshotId.ShouldBeNull();
    }

    [Fact]
    public void HourlySnapshotIsDueOncePerHourMark()
    {
        var board = new PhaseBoard(Guid.NewGuid(), Now);
        board.HourlySnapshotDueAt(Now).ShouldBeNull();
        board.SetOptions(hideOwnScoresWhileFrozen: false, publishHourly: true, Now);
        var hour = new DateTime(2025, 6, 10, 4, 0, 0, DateTimeKind.Utc);
        board.HourlySnapshotDueAt(Now).ShouldBe(hour);
        board.PublishHourlySnapshot(Guid.NewGuid(), hour, Now);
        board.HourlySnapshotDueAt(Now.AddMinutes(20)).ShouldBeNull();
        board.HourlySnapshotDueAt(Now.AddMinutes(31)).ShouldBe(hour.AddHours(1));
    }

    [Fact]
    public void ModerationNeedsAReasonAndRevokesOnce()
    {
        Should.Throw<DomainRuleException>(() => BoardModeration.Exclude(Guid.NewGuid(), Guid.NewGuid(), ModerationTarget.Team, Guid.NewGuid(), false, " ", Guid.NewGuid(), Now));
        var moderation = BoardModeration.Exclude(Guid.NewGuid(), Guid.NewGuid(), ModerationTarget.Team, Guid.NewGuid(), true, "Rule 4", Guid.NewGuid(), Now);
        moderation.Action.ShouldBe(ModerationAction.Disqualify);
        moderation.Revoke(Guid.NewGuid(), "Appeal", Now.AddHours(1));
        moderation.IsActive.ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => moderation.Revoke(Guid.NewGuid(), "Again", Now.AddHours(2)));
        Should.Throw<DomainRuleException>(() => BoardModeration.Merge(Guid.NewGuid(), Guid.NewGuid(), moderation.TargetId, moderation.TargetId, "Same", Guid.NewGuid(), Now));
    }
}
