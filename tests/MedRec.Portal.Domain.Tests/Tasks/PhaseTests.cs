using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Domain.Tests.Tasks;

public sealed class PhaseTests
{
    private static readonly DateTime Opens = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Phase NewPhase(string zone = "Asia/Shanghai")
    {
        var task = new CompetitionTask(Guid.NewGuid(), TaskKind.CDrugRed, "cdrugred", new TaskTexts("出院带药推荐", "CDrugRed"), Opens.AddDays(-10));
        return task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid(opens: Opens, closes: Closes) with { QuotaTimeZoneId = zone }, Opens.AddDays(-10)).Value;
    }

    [Fact]
    public void IsOpenFromOpeningInclusiveToClosingExclusive()
    {
        var phase = NewPhase();
        phase.IsOpenAt(Opens.AddTicks(-1)).ShouldBeFalse();
        phase.IsOpenAt(Opens).ShouldBeTrue();
        phase.IsOpenAt(Closes.AddTicks(-1)).ShouldBeTrue();
        phase.IsOpenAt(Closes).ShouldBeFalse();
    }

    [Fact]
    public void ReportsStatusRelativeToTheWindow()
    {
        var phase = NewPhase();
        phase.StatusAt(Opens.AddMinutes(-1)).ShouldBe(PhaseStatus.Upcoming);
        phase.StatusAt(Opens.AddDays(3)).ShouldBe(PhaseStatus.Open);
        phase.StatusAt(Closes).ShouldBe(PhaseStatus.Closed);
    }

    [Fact]
    public void TreatsUnspecifiedKindAsUtcBecauseDatabasesReturnIt()
    {
        var phase = NewPhase();
        phase.IsOpenAt(DateTime.SpecifyKind(Opens, DateTimeKind.Unspecified)).ShouldBeTrue();
    }

    [Fact]
    public void RefusesLocalInstants()
    {
        var phase = NewPhase();
        Should.Throw<ArgumentException>(() => phase.IsOpenAt(new DateTime(2025, 6, 5, 0, 0, 0, DateTimeKind.Local)));
    }

    [Theory]
    [InlineData("2025-06-10T15:59:59Z", "2025-06-10")]
    [InlineData("2025-06-10T16:00:00Z", "2025-06-11")] // midnight in Beijing (UTC+8)
    [InlineData("2025-06-10T00:00:00Z", "2025-06-10")]
    public void QuotaDayFollowsBeijingTimeByDefault(string instant, string expectedDay)
    {
        var utc = DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        NewPhase().QuotaDayOf(utc).ShouldBe(DateOnly.Parse(expectedDay, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void QuotaDayFollowsTheConfiguredZone()
    {
        var utc = new DateTime(2025, 6, 10, 20, 0, 0, DateTimeKind.Utc);
        NewPhase("UTC").QuotaDayOf(utc).ShouldBe(new DateOnly(2025, 6, 10));
        NewPhase("Asia/Shanghai").QuotaDayOf(utc).ShouldBe(new DateOnly(2025, 6, 11));
        NewPhase("America/New_York").QuotaDayOf(new DateTime(2025, 6, 11, 2, 0, 0, DateTimeKind.Utc)).ShouldBe(new DateOnly(2025, 6, 10));
    }

    [Fact]
    public void QuotaDayWindowIsTheLocalDayInUtc()
    {
        var (start, end) = NewPhase().QuotaDayWindowUtc(new DateOnly(2025, 6, 11));
        start.ShouldBe(new DateTime(2025, 6, 10, 16, 0, 0, DateTimeKind.Utc));
        end.ShouldBe(new DateTime(2025, 6, 11, 16, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void QuotaDayWindowContainsEveryInstantOfThatDay()
    {
        var phase = NewPhase("America/New_York");
        for (var t = new DateTime(2025, 3, 8, 0, 0, 0, DateTimeKind.Utc); t < new DateTime(2025, 3, 11, 0, 0, 0, DateTimeKind.Utc); t = t.AddMinutes(37))
        {
            var (start, end) = phase.QuotaDayWindowUtc(phase.QuotaDayOf(t));
            t.ShouldBeGreaterThanOrEqualTo(start);
            t.ShouldBeLessThan(end);
        }
    }

    [Fact]
    public void HiddenBoardBecomesVisibleOnceReleased()
    {
        var task = new CompetitionTask(Guid.NewGuid(), TaskKind.Icd, "icd", new TaskTexts("ICD", "ICD"), Opens);
        var phase = task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid() with { BoardVisibility = BoardVisibility.HiddenUntilReleased }, Opens).Value;
        phase.IsBoardVisibleToParticipants.ShouldBeFalse();
        phase.ReleaseBoard(Closes);
        phase.IsBoardVisibleToParticipants.ShouldBeTrue();
        phase.BoardReleasedAt.ShouldBe(Closes);
    }
}
