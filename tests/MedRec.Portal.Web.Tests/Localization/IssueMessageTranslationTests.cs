using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Bunit;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Web.Components.Pages.Submissions.Components;
using MedRec.Portal.Web.Localization;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Localization;

/// <summary>A Chinese participant reads the validation report of a rejected file in Chinese.</summary>
public sealed partial class IssueMessageTranslationTests : PortalComponentTest
{
    private static readonly ResourceManager Resources =
        new("MedRec.Portal.Web.Localization.SharedResource", typeof(SharedResource).Assembly);

    private static readonly string[] Kinds = ["string", "number", "boolean", "array", "object", "null", "none"];

    [Fact]
    public void EveryValidatorMessageHasAnEnglishAndAChineseTextWithTheSamePlaceholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        foreach (var message in IssueMessages.All)
        {
            var key = IssueTextLocalizer.KeyOf(message.Id);
            english.ShouldContainKey(key, $"SharedResource.resx lacks {key}");
            chinese.ShouldContainKey(key, $"SharedResource.zh-CN.resx lacks {key}");
            english[key].ShouldBe(message.English, $"{key}: the English resource differs from the validator's wording");
            Placeholders(chinese[key]).ShouldBe(Placeholders(message.English), $"{key}: placeholders");
            chinese[key].ShouldNotBe(message.English, $"{key} is not translated");
        }

        foreach (var kind in Kinds)
        {
            english.ShouldContainKey(IssueTextLocalizer.KindKeyOf(kind));
            english[IssueTextLocalizer.KindKeyOf(kind)].ShouldBe(IssueMessage.DescribeKind(kind));
            chinese.ShouldContainKey(IssueTextLocalizer.KindKeyOf(kind));
        }
    }

    [Fact]
    public void TheReportOfARejectedFileReadsInChineseWithTheFilesOwnValues()
    {
        UseCulture("zh-CN");
        var report = Validate("""
            [
              {"ID": "v1", "prediction": ["阿司匹林肠溶片", "不存在的药"]},
              {"ID": 2, "prediction": []},
              {"ID": "v9", "prediction": "阿司匹林肠溶片"}
            ]
            """);

        var cut = Render(report);

        var problems = cut.FindAll("[data-testid=report-errors] [data-testid=issue-row] td:last-child").Select(td => td.TextContent.Trim()).ToList();
        problems.ShouldContain(p => p.StartsWith("“不存在的药”不在候选药物列表中。请使用列表中的原样写法。", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("“ID”必须是字符串，但它是数字。请把标识写在引号中。", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("“prediction”必须是由药物名称组成的 JSON 数组，但它是字符串。", StringComparison.Ordinal));
        problems.ShouldAllBe(p => !p.Contains("must", StringComparison.Ordinal), "no English left in the Chinese report");
        // The stable code stays visible for people who search the rules or write to the organisers.
        problems.ShouldContain(p => p.EndsWith("[label.unknown]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""[{"ID": "v1", "prediction": ["阿司匹林肠溶片"]} x]""")]
    [InlineData("""[{"ID": "v1", "prediction": ["阿司匹林肠溶片"]}""")]
    [InlineData("""[{"ID": "v1" "prediction": []}]""")]
    [InlineData("""[{ID: "v1"}]""")]
    [InlineData("""[{"ID": "v1", "prediction": [tru]}]""")]
    [InlineData("""[{"ID": "v1", "prediction": [1.]}]""")]
    [InlineData("""[{"ID": "v1", "prediction": ["a\q"]}]""")]
    [InlineData("""[{"ID": "v1", "prediction": ["a"]]}]""")]
    [InlineData("""[{"ID": "v1", "prediction": ["a",]}]""")]
    [InlineData("""[{"ID": "v1", "prediction": ["a""")]
    [InlineData("""[{"ID": "v1", "prediction": ["a"]}] []""")]
    [InlineData("""   """)]
    [InlineData("""[{"ID": "v1", "prediction": [@]}]""")]
    public void TheJsonReadersDetailOfASyntaxErrorReadsInChineseToo(string json)
    {
        UseCulture("zh-CN");
        var report = Validate(json);

        var cut = Render(report);

        var text = cut.Find("[data-testid=report-errors] [data-testid=issue-row] td:last-child").TextContent.Trim();
        // Only the stable code in brackets, JSON's own words (true/false/null) and the file's own characters may be Latin.
        var prose = System.Text.RegularExpressions.Regex.Replace(text.Split('[')[0], "“[^”]*”", "");
        var words = LatinWords().Matches(prose).Select(m => m.Value).Where(w => w is not ("true" or "false" or "null" or "JSON")).ToList();
        words.ShouldBeEmpty($"English left in the Chinese report: {text}");
    }

    [Fact]
    public void EnglishReadersSeeTheValidatorsOwnWording()
    {
        var report = Validate("""[{"ID": "v1", "prediction": ["不存在的药"]}]""");

        var cut = Render(report);

        cut.Find("[data-testid=report-errors]").TextContent.ShouldContain("\"不存在的药\" is not in the candidate drug list. Use the list's exact spelling.");
    }

    [Fact]
    public void AReportStoredBeforeMessagesHadIdsKeepsItsEnglishText()
    {
        UseCulture("zh-CN");
        var report = new StoredReport(1, 0, 1, null, [new SubmissionIssue(IssueSeverity.Error, IssueCodes.UnknownId, "Identifier \"v9\" is not in this phase's input set.", 1, "v9", 2, 9)], []);

        var cut = Render(report);

        cut.Find("[data-testid=report-errors] [data-testid=issue-row]").TextContent.ShouldContain("Identifier \"v9\" is not in this phase's input set.");
    }

    [Fact]
    public void ValuesFromTheFileAreShownAsTextNotMarkup()
    {
        UseCulture("zh-CN");
        var report = Validate("""[{"ID": "v1", "prediction": ["<img src=x onerror=alert(1)>"]}]""");

        var cut = Render(report);

        cut.FindAll("[data-testid=report-errors] img").ShouldBeEmpty();
        cut.Find("[data-testid=report-errors]").TextContent.ShouldContain("“<img src=x onerror=alert(1)>”不在候选药物列表中");
    }

    private static StoredReport Validate(string json)
    {
        var report = SubmissionValidator.Validate(
            new CDrugRedTaskDefinition(["阿司匹林肠溶片", "氯吡格雷片"]),
            new HashSet<string>(["v1", "v2", "v3"], StringComparer.Ordinal),
            new MemoryStream(Encoding.UTF8.GetBytes(json)));
        return new StoredReport(report.ErrorCount, report.WarningCount, report.RecordCount, null, report.Errors, report.Warnings);
    }

    private IRenderedComponent<ValidationReportView> Render(StoredReport report) =>
        Context.Render<ValidationReportView>(parameters => parameters.Add(p => p.Report, report));

    private static int[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for {culture.Name}");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex LatinWords();

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}")]
    private static partial Regex PlaceholderPattern();
}
