using Bunit;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Web.Components.Pages.Submissions.Components;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Submissions;

public sealed class QuotaLineTests : PortalComponentTest
{
    // 2025-06-01 16:00 UTC is midnight in Beijing and 17:00 in London (summer time).
    private static readonly DateTime ResetUtc = new(2025, 6, 1, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void SaysWhatIsLeftTodayAndWhenItResetsInThePhaseZoneAndTheViewers()
    {
        var cut = Render(Quota(usedToday: 1, dailyLimit: 3, usedTotal: 8, totalLimit: 20), "Europe/London");

        cut.Find("[data-testid=quota-today]").TextContent.ShouldBe("2 of 3 left today — resets at 00:00 Beijing time (17:00 your time)");
        cut.Find("[data-testid=quota-total]").TextContent.ShouldBe("12 of 20 left in this phase");
    }

    [Fact]
    public void SaysItInChineseForChineseReaders()
    {
        UseCulture("zh-CN");

        var cut = Render(Quota(usedToday: 1, dailyLimit: 3, usedTotal: 8, totalLimit: 20), "Europe/London");

        cut.Find("[data-testid=quota-today]").TextContent.ShouldBe("今天还剩 2 / 3 次 — 北京时间 00:00 重置（您的时间 17:00）");
        cut.Find("[data-testid=quota-total]").TextContent.ShouldBe("本阶段还剩 12 / 20 次");
    }

    [Fact]
    public void LeavesOutTheViewersTimeWhenTheirClockReadsTheSame()
    {
        var cut = Render(Quota(usedToday: 0, dailyLimit: 5, usedTotal: 0, totalLimit: 100), "Asia/Shanghai");

        cut.Find("[data-testid=quota-today]").TextContent.ShouldBe("5 of 5 left today — resets at 00:00 Beijing time");
    }

    [Fact]
    public void WarnsWhenNothingIsLeft()
    {
        var cut = Render(Quota(usedToday: 3, dailyLimit: 3, usedTotal: 3, totalLimit: 20), "Europe/London");

        cut.Find("[data-testid=quota-today]").TextContent.ShouldStartWith("0 of 3 left today");
        cut.Find("[data-testid=quota-line]").ClassList.ShouldContain("mud-alert-outlined-warning");
    }

    [Fact]
    public void ExplainsThatRejectedFilesAreFreeUpToTheDailyCap()
    {
        var cut = Render(Quota(usedToday: 0, dailyLimit: 3, usedTotal: 0, totalLimit: 20, rejectedToday: 4), "Europe/London");

        cut.Find("[data-testid=quota-rejected]").TextContent.ShouldContain("Rejected files do not use the quota; 16 of 20 free retries left today.");
    }

    internal static QuotaStatus Quota(int usedToday, int dailyLimit, int usedTotal, int totalLimit, int rejectedToday = 0, SubmitBlocker? blocker = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2025, 6, 1), "Asia/Shanghai",
        usedToday, dailyLimit, dailyLimit - usedToday, usedTotal, totalLimit, totalLimit - usedTotal, rejectedToday, 20,
        ResetUtc, new DateTime(2025, 6, 2, 0, 0, 0), blocker);

    private IRenderedComponent<QuotaLine> Render(QuotaStatus quota, string viewerZone) =>
        Context.Render<QuotaLine>(parameters => parameters
            .Add(p => p.Quota, quota)
            .Add(p => p.ViewerZone, TimeZoneInfo.FindSystemTimeZoneById(viewerZone)));
}
