using Bunit;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Web.Components.Pages.Submissions.Components;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Submissions;

public sealed class ValidationReportViewTests : PortalComponentTest
{
    [Fact]
    public void ListsEachErrorWithItsRecordIdentifierLineAndColumn()
    {
        var report = new StoredReport(1, 0, 3, null,
            [new SubmissionIssue(IssueSeverity.Error, "unknown_id", "\"V999\" is not a visit of this phase.", RecordNumber: 2, Id: "V999", Line: 5, Column: 12)], []);

        var cut = Render(report);

        var row = cut.Find("[data-testid=report-errors] [data-testid=issue-row]");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        cells[0].ShouldBe("2");
        cells[1].ShouldBe("V999");
        cells[2].ShouldBe("5");
        cells[3].ShouldBe("12");
        cells[4].ShouldContain("\"V999\" is not a visit of this phase.");
        cut.Find("[data-testid=error-count]").TextContent.ShouldBe("Errors: 1");
    }

    [Fact]
    public void SaysHowManyErrorsThereAreWhenOnlyTheFirstAreStored()
    {
        var errors = Enumerable.Range(1, 50).Select(i => new SubmissionIssue(IssueSeverity.Error, "bad", $"problem {i}", i, $"V{i}", i + 1, 3)).ToList();
        var report = new StoredReport(120, 0, 120, null, errors, []);

        var cut = Render(report);

        cut.FindAll("[data-testid=report-errors] [data-testid=issue-row]").Count.ShouldBe(50);
        cut.Find("[data-testid=error-count]").TextContent.ShouldBe("The first 50 of 120 errors");
    }

    [Fact]
    public void ShowsWarningsApartFromErrors()
    {
        var report = new StoredReport(0, 1, 3, null, [],
            [new SubmissionIssue(IssueSeverity.Warning, "duplicate_drug", "A drug is listed twice.", 1, "V001", 1, 20)]);

        var cut = Render(report);

        cut.FindAll("[data-testid=report-errors]").ShouldBeEmpty();
        cut.Find("[data-testid=report-warnings] [data-testid=issue-row]").TextContent.ShouldContain("A drug is listed twice.");
        cut.Find("[data-testid=warning-count]").TextContent.ShouldBe("Warnings: 1 (the file is still accepted)");
    }

    [Fact]
    public void ShowsTheHintWhenTheFileLooksLikeTheOtherTask()
    {
        var report = new StoredReport(1, 0, 1, "This looks like an ICD coding file", [new SubmissionIssue(IssueSeverity.Error, "missing_key", "missing key")], []);

        var cut = Render(report);

        cut.Find("[data-testid=format-hint]").TextContent.ShouldContain("This looks like an ICD coding file");
    }

    [Fact]
    public void ChineseReadersSeeTheOtherTaskHintInChinese()
    {
        UseCulture("zh-CN");
        var icdFile = """[{"病案标识": "r1", "预测结果": "[I21.401|I10.x00x032]"}]"""u8.ToArray();
        var validation = SubmissionValidator.Validate(new CDrugRedTaskDefinition(["阿司匹林肠溶片"]), new HashSet<string>(["r1"], StringComparer.Ordinal), new MemoryStream(icdFile));
        var report = StoredReport.From(validation, FileSniffer.OtherTaskHint(TaskKind.CDrugRed, icdFile, validation));

        var cut = Render(report);

        cut.Find("[data-testid=format-hint]").TextContent.Trim().ShouldBe(
            "这看起来是 ICD 编码任务的文件（使用了“病案标识”/“预测结果”），但本阶段属于 CDrugRed，每行应形如 {\"ID\": \"<就诊标识>\", \"prediction\": [\"<药物>\", ...]}。是否选错了任务？");
        report.FormatHint.ShouldStartWith("This looks like an ICD coding file", customMessage: "the stored English stays for the API and exports");
    }

    [Fact]
    public void LabelsTheColumnsInChineseForChineseReaders()
    {
        UseCulture("zh-CN");
        var errors = Enumerable.Range(1, 50).Select(i => new SubmissionIssue(IssueSeverity.Error, "bad", $"problem {i}", i, null, i, 1)).ToList();

        var cut = Render(new StoredReport(51, 0, 51, null, errors, []));

        cut.Find("[data-testid=error-count]").TextContent.ShouldBe("前 50 个错误（共 51 个）");
        cut.Find("[data-testid=report-errors] thead").TextContent.ShouldContain("行");
        cut.Find("[data-testid=report-errors] thead").TextContent.ShouldContain("列");
    }

    [Fact]
    public void RendersUserTextAsTextNotMarkup()
    {
        var report = new StoredReport(1, 0, 1, null, [new SubmissionIssue(IssueSeverity.Error, "bad", "bad", 1, "<b>x</b>", 1, 1)], []);

        var cut = Render(report);

        cut.FindAll("[data-testid=report-errors] b").ShouldBeEmpty();
        cut.Markup.ShouldContain("&lt;b&gt;x&lt;/b&gt;");
    }

    private IRenderedComponent<ValidationReportView> Render(StoredReport report) =>
        Context.Render<ValidationReportView>(parameters => parameters.Add(p => p.Report, report));
}
