using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Domain.Tests.Tasks;

public sealed class PhaseSettingsTests
{
    internal static PhaseSettings Valid(string code = "A", DateTime? opens = null, DateTime? closes = null) => new()
    {
        Code = code,
        OpensAt = opens ?? new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        ClosesAt = closes ?? new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void DefaultsFollowTheOfficialRules()
    {
        var settings = Valid();
        settings.QuotaTimeZoneId.ShouldBe("Asia/Shanghai");
        settings.FailedSubmissionsCountTowardQuota.ShouldBeFalse();
        settings.Representative.ShouldBe(RepresentativeSubmission.Best);
        settings.BoardVisibility.ShouldBe(BoardVisibility.Public);
        settings.MaxAdditionalCodes.ShouldBeNull();
        settings.Validate(TaskKind.Icd).ShouldBeEmpty();
    }

    [Fact]
    public void NewIcdPhasesDefaultToTheLargestGoldCountAsTheCapAndOtherTasksToNone()
    {
        PhaseSettings.DefaultMaxAdditionalCodes(TaskKind.Icd).ShouldBe(7);
        PhaseSettings.DefaultMaxAdditionalCodes(TaskKind.CDrugRed).ShouldBeNull();
        (Valid() with { MaxAdditionalCodes = PhaseSettings.DefaultMaxAdditionalCodes(TaskKind.Icd) }).Validate(TaskKind.Icd).ShouldBeEmpty();
    }

    [Fact]
    public void RejectsWindowThatClosesBeforeItOpens()
    {
        var settings = Valid(opens: new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc), closes: new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var error = settings.Validate(TaskKind.CDrugRed).ShouldHaveSingleItem();
        error.Field.ShouldBe(nameof(PhaseSettings.ClosesAt));
        error.Message.ShouldContain("close after it opens");
    }

    [Fact]
    public void RejectsEmptyWindow()
    {
        var instant = new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        Valid(opens: instant, closes: instant).Validate(TaskKind.CDrugRed).ShouldHaveSingleItem().Field.ShouldBe(nameof(PhaseSettings.ClosesAt));
    }

    [Fact]
    public void RejectsLocalTimes()
    {
        var settings = Valid(opens: new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Local));
        settings.Validate(TaskKind.CDrugRed).ShouldHaveSingleItem().Message.ShouldContain("UTC");
    }

    [Theory]
    [InlineData(0, 10, nameof(PhaseSettings.DailyLimit))]
    [InlineData(-1, 10, nameof(PhaseSettings.DailyLimit))]
    [InlineData(5, 0, nameof(PhaseSettings.TotalLimit))]
    public void RejectsLimitsBelowOne(int daily, int total, string field)
    {
        var settings = Valid() with { DailyLimit = daily, TotalLimit = total };
        settings.Validate(TaskKind.CDrugRed).ShouldHaveSingleItem().Field.ShouldBe(field);
    }

    [Fact]
    public void RejectsNegativeFailedSubmissionCap()
    {
        (Valid() with { FailedDailyCap = -1 }).Validate(TaskKind.CDrugRed).ShouldHaveSingleItem().Field.ShouldBe(nameof(PhaseSettings.FailedDailyCap));
    }

    [Fact]
    public void RejectsUnknownTimeZoneNamingTheValue()
    {
        var error = (Valid() with { QuotaTimeZoneId = "Mars/Olympus" }).Validate(TaskKind.CDrugRed).ShouldHaveSingleItem();
        error.Field.ShouldBe(nameof(PhaseSettings.QuotaTimeZoneId));
        error.Message.ShouldContain("Mars/Olympus");
    }

    [Fact]
    public void RejectsSelectedRepresentativeWithoutSelections()
    {
        (Valid() with { Representative = RepresentativeSubmission.Selected, SelectionLimit = 0 })
            .Validate(TaskKind.CDrugRed).ShouldHaveSingleItem().Field.ShouldBe(nameof(PhaseSettings.SelectionLimit));
    }

    [Fact]
    public void AllowsAdditionalCodeCapOnlyForIcd()
    {
        var capped = Valid() with { MaxAdditionalCodes = 5 };
        capped.Validate(TaskKind.Icd).ShouldBeEmpty();
        capped.Validate(TaskKind.CDrugRed).ShouldHaveSingleItem().Field.ShouldBe(nameof(PhaseSettings.MaxAdditionalCodes));
        (Valid() with { MaxAdditionalCodes = 0 }).Validate(TaskKind.Icd).ShouldHaveSingleItem().Field.ShouldBe(nameof(PhaseSettings.MaxAdditionalCodes));
    }

    [Fact]
    public void ReportsEveryProblemAtOnce()
    {
        var settings = Valid(code: " ") with { DailyLimit = 0, TotalLimit = 0, QuotaTimeZoneId = "Nowhere/Else" };
        settings.Validate(TaskKind.CDrugRed).Select(e => e.Field).ShouldBe(
            [nameof(PhaseSettings.Code), nameof(PhaseSettings.QuotaTimeZoneId), nameof(PhaseSettings.DailyLimit), nameof(PhaseSettings.TotalLimit)],
            ignoreOrder: true);
        settings.Validate(TaskKind.CDrugRed).ShouldAllBe(e => e.Code == ErrorCodes.Validation);
    }
}
