using MedRec.Portal.Web.Components.Pages.Organizer.Forms;

namespace MedRec.Portal.Web.Tests.Components.Forms;

public sealed class PhaseFormTests
{
    [Fact]
    public void ANewIcdPhaseStartsWithTheCapOnAdditionalCodesAndACDrugRedPhaseWithout()
    {
        var icd = PhaseForm.New(Domain.Tasks.TaskKind.Icd);
        icd.MaxAdditionalCodes.ShouldBe(7);
        icd.Code = "A";
        icd.Opens = "2025-05-01 00:00";
        icd.Closes = "2025-06-30 23:59";
        icd.ToSettings().MaxAdditionalCodes.ShouldBe(Domain.Tasks.PhaseSettings.DefaultIcdMaxAdditionalCodes);

        PhaseForm.New(Domain.Tasks.TaskKind.CDrugRed).MaxAdditionalCodes.ShouldBeNull();
    }

    [Fact]
    public void AcceptsAWellFormedPhaseAndConvertsBeijingTimeToUtc()
    {
        var form = Valid();

        form.Validate().ShouldBeEmpty();
        var settings = form.ToSettings();
        settings.OpensAt.ShouldBe(new DateTime(2025, 4, 30, 16, 0, 0, DateTimeKind.Utc));
        settings.ClosesAt.ShouldBe(new DateTime(2025, 6, 30, 15, 59, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void RefusesAWindowThatClosesBeforeItOpens()
    {
        var form = Valid();
        form.Closes = "2025-04-01 00:00";

        form.Validate().ShouldContain(e => e.Field == nameof(PhaseForm.Closes) && e.MessageKey == "Phase.Validation.ClosesBeforeOpens");
    }

    [Fact]
    public void RefusesLimitsBelowOneAndADailyLimitAboveTheTotal()
    {
        var zero = Valid();
        zero.DailyLimit = 0;
        zero.TotalLimit = 0;
        var inverted = Valid();
        inverted.DailyLimit = 10;
        inverted.TotalLimit = 5;

        zero.Validate().Select(e => e.Field).ShouldBe([nameof(PhaseForm.DailyLimit), nameof(PhaseForm.TotalLimit)], ignoreOrder: true);
        inverted.Validate().ShouldContain(e => e.Field == nameof(PhaseForm.DailyLimit) && e.MessageKey == "Phase.Validation.DailyAboveTotal");
    }

    [Fact]
    public void NamesTheExpectedFormatForUnreadableTimesAndUnknownZones()
    {
        var form = Valid();
        form.Opens = "30/06/2025";
        form.TimeZoneId = "Mars/Base";

        var errors = form.Validate().ToList();

        errors.ShouldContain(e => e.Field == nameof(PhaseForm.Opens) && e.MessageKey == "Phase.Validation.TimeFormat" && (string)e.Arguments[0] == PhaseForm.TimeFormat);
        errors.ShouldContain(e => e.Field == nameof(PhaseForm.TimeZoneId) && (string)e.Arguments[0] == "Mars/Base");
    }

    private static PhaseForm Valid() => new()
    {
        Code = "A",
        Opens = "2025-05-01 00:00",
        Closes = "2025-06-30 23:59",
        TimeZoneId = "Asia/Shanghai",
        DailyLimit = 5,
        TotalLimit = 100,
    };
}
