using AngleSharp.Dom;
using Bunit;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Web.Components.Pages.Leaderboards.Components;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Leaderboards;

public sealed class BoardTableTests : PortalComponentTest
{
    private BoardQueryState? _asked;

    [Fact]
    public void ShowsRankTeamMetricsPrimaryFirstSubmissionsAndTime()
    {
        var cut = Render(BoardSamples.Board());

        var headers = cut.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        headers.ShouldBe(["Rank", "Team", "Score", "Jaccard", "F1", "Submissions", "Submitted"]);
        var first = Rows(cut)[0];
        Cell(first, "board-rank").ShouldBe("1");
        Cell(first, "board-team").ShouldContain("红队");
        Cell(first, $"board-metric-{MetricKeys.Score}").ShouldBe("0.7100");
        Cell(first, $"board-metric-{MetricKeys.Jaccard}").ShouldBe("0.6600");
        Cell(first, "board-submissions").ShouldBe("4");
        // The board's time is the phase's, named (it was once bare UTC beside pages that said Beijing time),
        // then the viewer's own (UTC here) on its own line.
        first.QuerySelector("[data-testid=board-time] [data-testid=zoned-time-task]")!.TextContent.ShouldBe("2025-06-01 16:30 Beijing time");
        first.QuerySelector("[data-testid=board-time] [data-testid=zoned-time-viewer]")!.TextContent.ShouldBe("2025-06-01 08:30 your time (UTC)");
    }

    [Fact]
    public void NamesTheMetricsInTheReadersLanguageAsMySubmissionsDoes()
    {
        UseCulture("zh-CN");
        var board = BoardSamples.Board() with
        {
            Columns = [.. BoardSamples.Columns, new BoardColumn(MetricKeys.Precision, "Precision", "mean precision", false), new BoardColumn(MetricKeys.Recall, "Recall", "mean recall", false)],
        };

        var cut = Render(board);

        var headers = cut.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        headers.ShouldContain("精确率");
        headers.ShouldContain("召回率");
        headers.ShouldContain("Jaccard");
        headers.ShouldNotContain("Precision");
    }

    [Fact]
    public void HighlightsTheViewersTeam()
    {
        var cut = Render(BoardSamples.Board());

        var mine = Rows(cut).Single(r => r.GetAttribute("data-viewer") == "true");
        mine.ClassList.ShouldContain("portal-board-mine");
        Cell(mine, "board-team").ShouldContain("Blue");
        mine.QuerySelector("[data-testid=viewer-badge]")!.TextContent.ShouldContain("Your team");
        cut.FindAll("[data-testid=viewer-badge]").Count.ShouldBe(1);
    }

    [Fact]
    public void BaselineRowsCarryABadgeAndNoRankNumber()
    {
        var cut = Render(BoardSamples.Board());

        var rows = Rows(cut);
        var baseline = rows[1];
        baseline.GetAttribute("data-baseline").ShouldBe("true");
        baseline.QuerySelector("[data-testid=baseline-badge]")!.TextContent.ShouldContain("Baseline");
        Cell(baseline, "board-rank").ShouldBeEmpty();
        Cell(baseline, "board-submissions").ShouldBeEmpty();
        // Placed by score between ranks 1 and 2, which keep their numbers.
        rows.Select(r => Cell(r, "board-rank")).ShouldBe(["1", "", "2", "3"]);
        cut.FindAll("[data-testid=baseline-badge]").Count.ShouldBe(1);
    }

    [Fact]
    public void MarksOverriddenScores()
    {
        var cut = Render(BoardSamples.Board());

        var markers = cut.FindAll("[data-testid=overridden-marker]");
        markers.Count.ShouldBe(1);
        var overriddenRow = markers[0].Closest("tr")!;
        Cell(overriddenRow, "board-team").ShouldContain("Blue");
        markers[0].GetAttribute("aria-label").ShouldBe("Score overridden");
    }

    [Fact]
    public void RendersTeamNamesAsTextNeverAsMarkup()
    {
        var cut = Render(BoardSamples.Board());

        cut.FindAll("[data-testid=board-team] b").ShouldBeEmpty();
        cut.Markup.ShouldContain("&lt;b&gt;bold&lt;/b&gt;");
    }

    [Fact]
    public void ClickingAMetricHeaderSortsByItBestFirstAndAgainFlipsIt()
    {
        var cut = Render(BoardSamples.Board());

        cut.Find($"[data-testid=sort-{MetricKeys.F1}]").Click();
        _asked.ShouldBe(new BoardQueryState(MetricKeys.F1, Descending: true, Page: 1));

        cut = Render(BoardSamples.Board(page: 2), new BoardQueryState(MetricKeys.F1, true, "", 2));
        cut.Find($"[data-testid=sort-{MetricKeys.F1}]").Click();
        _asked.ShouldBe(new BoardQueryState(MetricKeys.F1, Descending: false, Page: 1));
    }

    [Fact]
    public void SortingByTeamStartsAToZAndTheActiveColumnIsMarked()
    {
        var cut = Render(BoardSamples.Board(), new BoardQueryState(MetricKeys.Jaccard, false));

        cut.Find($"[data-testid=sort-{MetricKeys.Jaccard}]").Closest("th")!.GetAttribute("aria-sort").ShouldBe("ascending");
        cut.Find("[data-testid=sort-rank]").Closest("th")!.HasAttribute("aria-sort").ShouldBeFalse();
        cut.Find("[data-testid=sort-team]").Click();
        _asked.ShouldBe(new BoardQueryState(BoardSort.Team, Descending: false));
    }

    [Fact]
    public void PagesOnTheServerAndOffersAJumpToTheViewersPage()
    {
        var cut = Render(BoardSamples.Board(page: 1, pageSize: 50, total: 2000, viewerPage: 7));

        cut.Find("[data-testid=board-count]").TextContent.ShouldContain("Entries: 2000");
        cut.Find("[data-testid=board-pager]").ShouldNotBeNull();
        cut.Find("[data-testid=board-find-mine]").Click();
        _asked.ShouldBe(new BoardQueryState(Page: 7));
    }

    [Fact]
    public void CompactBoardShowsOnlyThePrimaryMetric()
    {
        var cut = Render(BoardSamples.Board(), compact: true);

        cut.FindAll("thead th").Select(th => th.TextContent.Trim()).ShouldBe(["Rank", "Team", "Score", "Submissions"]);
        cut.FindAll("[data-testid=board-search]").ShouldBeEmpty();
    }

    [Fact]
    public void SaysSoWhenTheSearchMatchesNoTeam()
    {
        var cut = Render(BoardSamples.Board(rows: []), new BoardQueryState(Search: "zzz"));

        cut.Find("[data-testid=board-empty]").TextContent.Trim().ShouldBe("No team matches \"zzz\".");
    }

    [Fact]
    public void SpeaksChineseToChineseReaders()
    {
        UseCulture("zh-CN");

        var cut = Render(BoardSamples.Board());

        cut.FindAll("thead th").Select(th => th.TextContent.Trim()).Take(2).ShouldBe(["名次", "队伍"]);
        cut.Find("[data-testid=baseline-badge]").TextContent.ShouldContain("基线");
        cut.Find("[data-testid=viewer-badge]").TextContent.ShouldContain("我的队伍");
        cut.Find("[data-testid=overridden-marker]").GetAttribute("aria-label").ShouldBe("成绩已修改");
    }

    private IRenderedComponent<BoardTable> Render(BoardView view, BoardQueryState? state = null, bool compact = false) =>
        Context.Render<BoardTable>(parameters => parameters
            .Add(p => p.View, view)
            .Add(p => p.State, state ?? new BoardQueryState())
            .Add(p => p.ViewerZone, TimeZoneInfo.Utc)
            .Add(p => p.PhaseZone, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))
            .Add(p => p.Compact, compact)
            .Add(p => p.StateChanged, (BoardQueryState s) => _asked = s));

    private static List<IElement> Rows(IRenderedComponent<BoardTable> cut) => [.. cut.FindAll("[data-testid=board-row]")];

    private static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
