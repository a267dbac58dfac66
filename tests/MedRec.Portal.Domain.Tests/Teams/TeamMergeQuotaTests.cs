using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Domain.Tests.Teams;

public sealed class TeamMergeQuotaTests
{
    private static readonly DateOnly Day1 = new(2025, 6, 10);
    private static readonly DateOnly Day2 = new(2025, 6, 11);

    private static Phase NewPhase(int daily = 3, int total = 10)
    {
        var task = new CompetitionTask(Guid.NewGuid(), Domain.Tasks.TaskKind.CDrugRed, "t", new TaskTexts("任务", "Task"), new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        return task.AddPhase(Guid.NewGuid(), new PhaseSettings
        {
            Code = "A",
            OpensAt = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc),
            ClosesAt = new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc),
            DailyLimit = daily,
            TotalLimit = total,
        }, new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc)).Value;
    }

    private static TeamQuotaUse Use(Dictionary<DateOnly, int> perDay, Dictionary<DateOnly, int>? grants = null) =>
        new(perDay, perDay.Values.Sum(), grants ?? [], grants?.Values.Sum() ?? 0);

    [Fact]
    public void CombinedSubmissionsWithinEveryLimitFit() =>
        TeamMergeQuota.Check(NewPhase(), "A", Use(new() { [Day1] = 2, [Day2] = 3 }), "B", Use(new() { [Day1] = 1 })).ShouldBeNull();

    [Fact]
    public void RefusesADayOverTheDailyLimitNamingTheDayAndCounts()
    {
        var error = TeamMergeQuota.Check(NewPhase(daily: 3), "A", Use(new() { [Day1] = 1, [Day2] = 2 }), "B", Use(new() { [Day2] = 2 })).ShouldNotBeNull();

        error.Code.ShouldBe(ErrorCodes.Conflict);
        error.Field.ShouldBe("DailyLimit");
        error.Message.ShouldContain("on 2025-06-11 (Asia/Shanghai calendar day) in phase \"A\"");
        error.Message.ShouldContain("\"A\" made 2 and \"B\" 2 counted submissions, 4 together, more than the daily limit of 3");
    }

    [Fact]
    public void RefusesOverTheTotalLimit()
    {
        var error = TeamMergeQuota.Check(NewPhase(daily: 5, total: 4), "A", Use(new() { [Day1] = 3 }), "B", Use(new() { [Day2] = 2 })).ShouldNotBeNull();

        error.Field.ShouldBe("TotalLimit");
        error.Message.ShouldContain("5 together, more than the phase's total limit of 4");
    }

    [Fact]
    public void GrantsOfEitherTeamRaiseTheLimitsTheyMovedWith()
    {
        var phase = NewPhase(daily: 3, total: 4);
        var target = Use(new() { [Day1] = 3 }, new() { [Day1] = 1 });
        var source = Use(new() { [Day1] = 1 });

        TeamMergeQuota.Check(phase, "A", target, "B", source).ShouldBeNull();
        TeamMergeQuota.Check(phase, "A", target, "B", Use(new() { [Day1] = 2 })).ShouldNotBeNull().Message.ShouldContain("daily limit of 4 (including 1 granted)");
    }

    [Fact]
    public void UndoingFitsWhenWhatStaysWithTheTargetIsWithinItsOwnLimits() =>
        TeamMergeQuota.CheckSplit(NewPhase(daily: 3, total: 4), "A", "B", Use(new() { [Day1] = 3, [Day2] = 1 })).ShouldBeNull();

    [Fact]
    public void UndoingRefusesADayTheTargetUsedTheSourcesAttemptsOnNamingTheGrantNeeded()
    {
        var error = TeamMergeQuota.CheckSplit(NewPhase(daily: 3), "A", "B", Use(new() { [Day1] = 1, [Day2] = 5 }, new() { [Day2] = 1 })).ShouldNotBeNull();

        error.Code.ShouldBe(ErrorCodes.Conflict);
        error.Field.ShouldBe("DailyLimit");
        error.Message.ShouldContain("on 2025-06-11 (Asia/Shanghai calendar day) in phase \"A\", \"A\" would keep 5 counted submissions of its own, more than its daily limit of 4");
        error.Message.ShouldContain("came with \"B\". Grant \"A\" 1 extra attempt(s) for that day first");
    }

    [Fact]
    public void UndoingRefusesOverTheTargetsOwnTotal()
    {
        var error = TeamMergeQuota.CheckSplit(NewPhase(daily: 5, total: 4), "A", "B", Use(new() { [Day1] = 3, [Day2] = 3 })).ShouldNotBeNull();

        error.Field.ShouldBe("TotalLimit");
        error.Message.ShouldContain("would keep 6 counted submissions of its own, more than its total limit of 4");
        error.Message.ShouldContain("Grant \"A\" 2 extra attempt(s) first");
    }
}
