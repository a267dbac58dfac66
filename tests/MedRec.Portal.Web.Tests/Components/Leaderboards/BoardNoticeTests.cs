using Bunit;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Web.Components.Pages.Leaderboards.Components;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Leaderboards;

public sealed class BoardNoticeTests : PortalComponentTest
{
    private static readonly DateTime FrozenAt = new(2025, 6, 20, 15, 59, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void TellsParticipantsAHiddenBoardWaitsForRelease()
    {
        var cut = Render(BoardSamples.LiveStatus with { IsVisibleToParticipants = false }, view: null);

        cut.Find("[data-testid=board-hidden]").TextContent.Trim().ShouldBe("This leaderboard is hidden until the organisers release it.");
        cut.FindAll("[data-testid=board-frozen]").ShouldBeEmpty();
    }

    [Fact]
    public void ShowsTheFreezeInstantInThePhasesNamedZoneThenTheViewers()
    {
        var status = BoardSamples.LiveStatus with { IsFrozen = true, FrozenAt = FrozenAt };

        var cut = Render(status, BoardSamples.Board(source: BoardSource.FreezeSnapshot, asOf: FrozenAt));

        var notice = cut.Find("[data-testid=board-frozen]");
        notice.TextContent.ShouldContain("Frozen at");
        notice.QuerySelector("[data-testid=zoned-time-task]")!.TextContent.Trim().ShouldBe("2025-06-20 23:59 Beijing time");
        notice.QuerySelector("[data-testid=zoned-time-viewer]")!.TextContent.Trim().ShouldBe("2025-06-20 17:59 your time (Europe/Berlin)");
    }

    [Fact]
    public void SaysAnHourlyBoardIsUpdatedHourlyAndWhenNext()
    {
        var hour = new DateTime(2025, 6, 10, 4, 0, 0, DateTimeKind.Utc);
        var status = BoardSamples.LiveStatus with { PublishHourly = true, HourlySnapshotAt = hour };

        var cut = Render(status, BoardSamples.Board(source: BoardSource.HourlySnapshot, asOf: hour));

        var notice = cut.Find("[data-testid=board-hourly]");
        notice.TextContent.ShouldContain("Updated hourly");
        notice.TextContent.ShouldContain("next update at");
        notice.QuerySelectorAll("[data-testid=zoned-time-task]").Select(e => e.TextContent.Trim())
            .ShouldBe(["2025-06-10 12:00 Beijing time", "2025-06-10 13:00 Beijing time"]);
        notice.QuerySelectorAll("[data-testid=zoned-time-viewer]").Select(e => e.TextContent.Trim())
            .ShouldBe(["2025-06-10 06:00 your time (Europe/Berlin)", "2025-06-10 07:00 your time (Europe/Berlin)"]);
    }

    [Fact]
    public void SaysNothingAboutALiveBoard()
    {
        var cut = Render(BoardSamples.LiveStatus, BoardSamples.Board());

        cut.Markup.Trim().ShouldBeEmpty();
    }

    [Fact]
    public void WordsTheNoticesInChinese()
    {
        UseCulture("zh-CN");

        var hidden = Render(BoardSamples.LiveStatus with { IsVisibleToParticipants = false }, view: null);
        hidden.Find("[data-testid=board-hidden]").TextContent.Trim().ShouldBe("该排行榜在组织方发布前不公开。");

        var frozen = Render(BoardSamples.LiveStatus with { IsFrozen = true, FrozenAt = FrozenAt }, BoardSamples.Board(source: BoardSource.FreezeSnapshot, asOf: FrozenAt));
        var notice = frozen.Find("[data-testid=board-frozen]");
        notice.TextContent.ShouldContain("冻结于");
        notice.TextContent.ShouldContain("北京时间 2025-06-20 23:59");
        notice.TextContent.ShouldContain("您的时间 2025-06-20 17:59（Europe/Berlin）");
    }

    private IRenderedComponent<BoardNotice> Render(BoardStatus status, BoardView? view) =>
        Context.Render<BoardNotice>(parameters => parameters
            .Add(p => p.Status, status)
            .Add(p => p.View, view)
            .Add(p => p.ViewerZone, Berlin)
            .Add(p => p.PhaseZone, Shanghai));
}
