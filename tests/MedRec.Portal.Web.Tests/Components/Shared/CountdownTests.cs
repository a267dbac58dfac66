using Bunit;
using MedRec.Portal.Web.Components.Shared;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Shared;

public sealed class CountdownTests : PortalComponentTest
{
    private static readonly DateTime Deadline = new(2025, 6, 2, 14, 3, 4, DateTimeKind.Utc);

    [Fact]
    public void ShowsTimeLeftWithDaysHoursMinutesAndSeconds()
    {
        BrowserReportsZone("UTC");

        var cut = Render();

        cut.Find("[data-testid=countdown-remaining]").TextContent.Trim().ShouldBe("1d 02:03:04");
    }

    [Fact]
    public void ShowsDeadlineInThePhasesNamedZoneThenTheViewers()
    {
        BrowserReportsZone("Europe/Berlin");

        var cut = Render(phaseZone: "Asia/Shanghai");

        cut.Find("[data-testid=countdown-phase-zone]").TextContent.Trim().ShouldBe("2025-06-02 22:03 Beijing time");
        cut.WaitForAssertion(() =>
            cut.Find("[data-testid=countdown-local]").TextContent.Trim().ShouldBe("2025-06-02 16:03 your time (Europe/Berlin)"));
    }

    [Fact]
    public void SaysNoSecondTimeWhenTheViewerIsInThePhasesZone()
    {
        BrowserReportsZone("Asia/Shanghai");

        var cut = Render(phaseZone: "Asia/Shanghai");

        cut.WaitForAssertion(() => cut.Find("[data-testid=countdown-phase-zone]").TextContent.Trim().ShouldBe("2025-06-02 22:03 Beijing time"));
        cut.FindAll("[data-testid=countdown-local]").ShouldBeEmpty();
    }

    [Fact]
    public void FallsBackToUtcWhenTheBrowserNamesAnUnknownZone()
    {
        BrowserReportsZone("Mars/Olympus_Mons");

        var cut = Render(phaseZone: "Asia/Shanghai");

        cut.WaitForAssertion(() =>
            cut.Find("[data-testid=countdown-local]").TextContent.Trim().ShouldBe("2025-06-02 14:03 your time (UTC)"));
    }

    [Fact]
    public void SaysTheDeadlinePassedOnceItHas()
    {
        BrowserReportsZone("UTC");
        Clock.Now = new DateTimeOffset(Deadline.AddSeconds(1));

        var cut = Render();

        cut.Find("[data-testid=countdown-remaining]").TextContent.Trim().ShouldBe("Deadline passed");
    }

    [Fact]
    public void CountsDownAsTimePasses()
    {
        BrowserReportsZone("UTC");
        var cut = Render();

        Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5));

        cut.WaitForAssertion(
            () => cut.Find("[data-testid=countdown-remaining]").TextContent.Trim().ShouldBe("1d 02:01:59"),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void WritesDaysTheChineseWayInChinese()
    {
        UseCulture("zh-CN");
        BrowserReportsZone("Europe/Berlin");

        var cut = Render(phaseZone: "Asia/Shanghai");

        cut.Find("[data-testid=countdown-remaining]").TextContent.Trim().ShouldBe("1天 02:03:04");
        cut.Find("[data-testid=countdown-phase-zone]").TextContent.Trim().ShouldBe("北京时间 2025-06-02 22:03");
        cut.WaitForAssertion(() =>
            cut.Find("[data-testid=countdown-local]").TextContent.Trim().ShouldBe("您的时间 2025-06-02 16:03（Europe/Berlin）"));
    }

    private IRenderedComponent<Countdown> Render(string phaseZone = "UTC") =>
        Context.Render<Countdown>(parameters => parameters
            .Add(p => p.TargetUtc, Deadline)
            .Add(p => p.PhaseTimeZoneId, phaseZone));
}
