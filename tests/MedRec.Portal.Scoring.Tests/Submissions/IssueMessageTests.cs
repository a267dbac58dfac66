using System.Globalization;
using System.Text.RegularExpressions;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Scoring.Tests.Submissions;

/// <summary>
/// Validator messages carry a stable id and their values besides the English text, so the portal can show each
/// issue in the reader's language while the CLI, the API and stored reports keep the English.
/// </summary>
public sealed partial class IssueMessageTests
{
    private static readonly IReadOnlySet<string> Ids = TestInput.Ids("v1", "v2", "v3");

    [Fact]
    public void EveryMessageHasADistinctIdAndFormatsWithAsManyValuesAsItHasPlaceholders()
    {
        IssueMessages.All.Count.ShouldBeGreaterThan(30);
        IssueMessages.All.GroupBy(m => m.Id).Where(g => g.Count() > 1).ShouldBeEmpty();
        foreach (var message in IssueMessages.All)
        {
            var count = Placeholders(message.English).DefaultIfEmpty(-1).Max() + 1;
            var values = Enumerable.Range(0, count).Select(i => message.KindArguments.Contains(i) ? "number" : (object)$"v{i}").ToArray();
            Should.NotThrow(() => message.With(values), message.Id);
            message.KindArguments.ShouldAllBe(index => index < count, message.Id);
        }
    }

    [Fact]
    public void AnIssueKeepsItsEnglishTextAndCarriesTheMessageIdAndValues()
    {
        var report = SubmissionValidator.Validate(TestInput.CDrugRed, Ids, TestInput.Utf8("""
            [
              {"ID": "v1", "prediction": ["Zetadrug"]},
              {"ID": "v2", "prediction": []},
              {"ID": "v3", "prediction": []}
            ]
            """));

        var error = report.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(IssueCodes.UnknownLabel);
        error.Message.ShouldBe("\"Zetadrug\" is not in the candidate drug list. Use the list's exact spelling.");
        error.MessageId.ShouldBe(IssueMessages.UnknownDrug.Id);
        error.Arguments.ShouldBe(["Zetadrug"]);
    }

    [Fact]
    public void AJsonKindIsStoredByItsNeutralNameAndWordedInEnglishInTheMessage()
    {
        var report = SubmissionValidator.Validate(TestInput.CDrugRed, Ids, TestInput.Utf8("""[{"ID": 7, "prediction": []}]"""));

        var error = report.Errors.First(e => e.Code == IssueCodes.WrongType);
        error.MessageId.ShouldBe(IssueMessages.IdNotString.Id);
        error.Arguments.ShouldBe(["ID", "number"]);
        error.Message.ShouldBe("\"ID\" must be a string, but it is a number. Write the identifier in quotes.");
    }

    [Fact]
    public void AFileThatCannotBeReadCarriesItsMessageIdToo()
    {
        var report = SubmissionValidator.Validate(TestInput.CDrugRed, Ids, TestInput.Utf8("""{"ID": "v1"}"""));

        var error = report.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(IssueCodes.NotArray);
        error.MessageId.ShouldBe(IssueMessages.NotArray.Id);
        error.Arguments.ShouldBe(["{"]);
    }

    [Fact]
    public void TheSizeLimitIsFormattedTheSameInEveryCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var report = SubmissionValidator.Validate(TestInput.CDrugRed, Ids, TestInput.Utf8(new string(' ', 3000) + "[]"), new ScoringOptions { MaxBytes = 2000 });

            report.Errors.ShouldHaveSingleItem().Message.ShouldContain("2,000 bytes");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static IEnumerable<int> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}")]
    private static partial Regex PlaceholderPattern();
}
