using Bunit;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Web.Components.Pages.Submissions.Components;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Submissions;

public sealed class SubmissionTableTests : PortalComponentTest
{
    private static readonly DateTime SubmittedUtc = new(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ShowsEveryMetricWithThePrimaryFirst()
    {
        var cut = Render([Item(SubmissionStatus.Scored, metrics: [new(MetricKeys.Score, 0.61234), new(MetricKeys.Jaccard, 0.5), new(MetricKeys.F1, 0.72468), new(MetricKeys.Precision, 0.8), new(MetricKeys.Recall, 0.7)])]);

        var headers = cut.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        headers.IndexOf("Score").ShouldBe(headers.IndexOf("Status") + 1);
        headers[0].ShouldBe("Submission");
        headers.ShouldContain("Recall");
        cut.Find("[data-testid=metric-score]").TextContent.Trim().ShouldBe("0.6123");
        cut.Find("[data-testid=metric-f1]").TextContent.Trim().ShouldBe("0.7247");
        cut.Find("[data-testid=submission-status]").TextContent.Trim().ShouldBe("Scored");
    }

    [Fact]
    public void ShowsTheTimeInThePhasesNamedZoneThenTheViewers()
    {
        var cut = Render([Item(SubmissionStatus.Queued)], viewerZone: "Europe/Berlin");

        var time = cut.Find("[data-testid=submission-time]");
        time.QuerySelector("[data-testid=zoned-time-task]")!.TextContent.ShouldBe("2025-06-01 18:00 Beijing time");
        time.QuerySelector("[data-testid=zoned-time-viewer]")!.TextContent.ShouldBe("2025-06-01 12:00 your time (Europe/Berlin)");
    }

    [Fact]
    public void ExplainsFailuresRejectionsAndWhetherItCounted()
    {
        var cut = Render(
        [
            Item(SubmissionStatus.Failed, failure: "The phase has no gold yet.", counted: false, note: "Refunded: scoring failed."),
            Item(SubmissionStatus.Rejected, rejection: "error at line 3: bad JSON", counted: false, note: "Rejected: not counted."),
        ]);

        cut.Find("[data-testid=failure-reason]").TextContent.ShouldBe("The phase has no gold yet.");
        cut.Find("[data-testid=rejection-summary]").TextContent.ShouldBe("error at line 3: bad JSON");
        cut.FindAll("[data-testid=counted]").Select(c => c.TextContent).ShouldAllBe(text => text == "Not counted");
        // "Not counted" is muted, never in the success colour that says "good".
        cut.FindAll("[data-testid=counted]").ShouldAllBe(c => c.ClassList.Contains("mud-text-disabled") && !c.ClassName!.Contains("success", StringComparison.Ordinal));
        cut.Markup.ShouldContain("Refunded: scoring failed.");
        cut.FindAll("[data-testid=submission-status]").Select(c => c.TextContent.Trim()).ShouldBe(["Failed", "Rejected"]);
    }

    [Fact]
    public void FlagsDuplicatesAndHidesScoresWhileTheBoardHidesThem()
    {
        var hidden = Item(SubmissionStatus.Scored, metrics: [new(MetricKeys.Score, 0.9)], duplicateOf: Guid.NewGuid()).WithoutScore();

        var cut = Render([hidden]);

        cut.Find("[data-testid=duplicate]").TextContent.ShouldContain("Same file as an earlier upload");
        cut.FindAll("[data-testid=score-hidden]").ShouldNotBeEmpty();
        cut.Find("[data-testid=metric-score]").TextContent.ShouldNotContain("0.9");
    }

    [Fact]
    public void OffersSelectionOnlyForScoredSubmissionsWhenThePhaseRanksSelectedOnes()
    {
        var withSelection = Render([Item(SubmissionStatus.Scored), Item(SubmissionStatus.Queued)], showSelection: true);
        var without = Render([Item(SubmissionStatus.Scored)]);

        withSelection.FindAll("[data-testid=select-final]").Count.ShouldBe(1);
        without.FindAll("[data-testid=select-final]").ShouldBeEmpty();
    }

    [Fact]
    public void SpeaksChineseForChineseReaders()
    {
        UseCulture("zh-CN");

        var cut = Render([Item(SubmissionStatus.Queued, counted: true, note: "Counted: submission 1 of 5.")]);

        cut.Find("[data-testid=submission-status]").TextContent.Trim().ShouldBe("排队中");
        cut.Find("[data-testid=counted]").TextContent.ShouldBe("已计入");
        cut.Find("thead").TextContent.ShouldContain("状态");
    }

    [Fact]
    public void ChineseReadersSeeTheCountingNoteAndTheFirstErrorInChinese()
    {
        UseCulture("zh-CN");
        var counted = Item(SubmissionStatus.Queued) with { CountingNote = SubmissionNotes.Counted.With(2, 5, "2025-06-01", "Asia/Shanghai") };
        var firstError = new SubmissionIssue(IssueSeverity.Error, IssueCodes.UnknownId, "Identifier \"v9\" is not in this phase's input set. Predict only the phase's records.", 3, "v9", 4, 10,
            IssueMessages.UnknownId.Id, ["v9"]);
        var rejected = Item(SubmissionStatus.Rejected, rejection: "error at line 4, column 10 ...", counted: false) with
        {
            CountingNote = SubmissionNotes.RejectedFree.With(1, 20),
            FirstError = firstError,
            ErrorCount = 3,
        };

        var cut = Render([counted, rejected]);

        cut.Markup.ShouldContain("已计入配额：2025-06-01（Asia/Shanghai）的第 2 / 5 次提交。");
        cut.Markup.ShouldContain("今天第 1 / 20 个允许的格式错误文件");
        cut.Find("[data-testid=rejection-summary]").TextContent.ShouldBe("第 4 行第 10 列：标识“v9”不在本阶段的输入集中。请只预测本阶段的记录。（共 3 个错误）");
    }

    [Fact]
    public void ChineseReadersSeeWhyScoringFailedInChinese()
    {
        UseCulture("zh-CN");
        var failed = Item(SubmissionStatus.Failed, counted: false) with { FailureReason = SubmissionNotes.ScoringNoGold.With() };

        var cut = Render([failed]);

        cut.Find("[data-testid=failure-reason]").TextContent.ShouldBe("组织者尚未上传本阶段的标准答案，暂时无法评分。本次机会已退还；组织者之后可以重新评分。");
    }

    [Fact]
    public void ANoteStoredBeforeNotesHadIdsKeepsItsEnglish()
    {
        UseCulture("zh-CN");

        var cut = Render([Item(SubmissionStatus.Queued, note: "Counted: submission 1 of 5 on 2025-06-01 (Asia/Shanghai).")]);

        cut.Markup.ShouldContain("Counted: submission 1 of 5 on 2025-06-01 (Asia/Shanghai).");
    }

    [Fact]
    public void RendersTheDescriptionAsText()
    {
        var cut = Render([Item(SubmissionStatus.Queued, description: "<script>alert(1)</script>")]);

        cut.FindAll("tbody script").ShouldBeEmpty();
        cut.Markup.ShouldContain("&lt;script&gt;");
    }

    internal static SubmissionListItem Item(
        SubmissionStatus status,
        IReadOnlyList<MetricScore>? metrics = null,
        string failure = "",
        string rejection = "",
        bool counted = true,
        string note = "",
        Guid? duplicateOf = null,
        string description = "") => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Alice", SubmittedUtc, SubmittedUtc.AddHours(8), "Asia/Shanghai", new DateOnly(2025, 6, 1),
        status, failure, rejection, counted, note, description, "predictions.json", 1234, new string('a', 64), duplicateOf,
        metrics?.FirstOrDefault().Value, metrics ?? [], status == SubmissionStatus.Scored ? "1.0" : null,
        status == SubmissionStatus.Scored ? SubmittedUtc.AddMinutes(1) : null, false, 0, 0);

    private IRenderedComponent<SubmissionTable> Render(IReadOnlyList<SubmissionListItem> items, string viewerZone = "UTC", bool showSelection = false) =>
        Context.Render<SubmissionTable>(parameters => parameters
            .Add(p => p.Items, items)
            .Add(p => p.Columns, LeaderboardMetrics.For(TaskKind.CDrugRed).Columns)
            .Add(p => p.ViewerZone, TimeZoneInfo.FindSystemTimeZoneById(viewerZone))
            .Add(p => p.ShowSelection, showSelection));
}
