using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Scoring.Tests.Submissions;

/// <summary>The ICD coding submission rules of docs/scoring-rules.md (task 2).</summary>
public sealed class IcdRulesTests
{
    private static readonly IReadOnlySet<string> Ids = TestInput.Ids("r1");

    private static ValidationReport Validate(string prediction, ScoringOptions? options = null) =>
        SubmissionValidator.Validate(TestInput.Icd, Ids, TestInput.Utf8($"[\n  {{\"病案标识\": \"r1\", \"预测结果\": \"{prediction}\"}}\n]"), options);

    private static IcdPrediction Parse(string json)
    {
        var result = SubmissionReader.Read(TestInput.Icd, TestInput.Utf8(json), Ids);
        result.Report.IsValid.ShouldBeTrue(string.Join("\n", result.Report.Errors));
        return result.Submission!.Predictions.ShouldHaveSingleItem().ShouldBeOfType<IcdPrediction>();
    }

    [Fact]
    public void ParsesTheOfficialFormat()
    {
        var prediction = Parse("""[{"病案标识": "r1", "预测结果": "[I21.401|I10.x00x032;E11.900]"}]""");

        prediction.PrimaryCode.ShouldBe("I21.401");
        prediction.AdditionalCodes.ShouldBe(["I10.x00x032", "E11.900"]);
    }

    [Theory]
    [InlineData("I21.401|E11.900")]
    [InlineData(" [ I21.401 | E11.900 ] ")]
    [InlineData("[I21.401｜E11.900]")]
    public void AcceptsMissingBracketsSpacesAndFullWidthSeparators(string text)
    {
        var prediction = Parse($$"""[{"病案标识": "r1", "预测结果": "{{text}}"}]""");

        prediction.PrimaryCode.ShouldBe("I21.401");
        prediction.AdditionalCodes.ShouldBe(["E11.900"]);
    }

    [Fact]
    public void AcceptsFullWidthSemicolonsBetweenAdditionalCodes()
    {
        Parse("""[{"病案标识": "r1", "预测结果": "[I21.401|E11.900；E78.500]"}]""").AdditionalCodes.ShouldBe(["E11.900", "E78.500"]);
    }

    [Fact]
    public void AcceptsTheEnglishKeys()
    {
        Parse("""[{"Record_ID": "r1", "Prediction": "[I21.401|E11.900]"}]""").Id.ShouldBe("r1");
    }

    [Fact]
    public void AcceptsDifferentSpellingsForDifferentFields()
    {
        Parse("""[{"Record_ID": "r1", "预测结果": "[I21.401|E11.900]"}]""").Id.ShouldBe("r1");
    }

    [Fact]
    public void RejectsBothSpellingsOfTheSameFieldInOneRecord()
    {
        var report = SubmissionValidator.Validate(
            TestInput.Icd,
            Ids,
            TestInput.Utf8("[\n  {\"病案标识\": \"r1\", \"Record_ID\": \"r1\", \"预测结果\": \"[I21.401|E11.900]\"}\n]"));

        report.ShouldHaveSingleError(IssueCodes.MixedKeySpelling, 1, null, 2, 18);
    }

    [Theory]
    [InlineData("[I21.401;E11.900]")]
    [InlineData("[I21.401|E11.900|E78.500]")]
    public void RequiresExactlyOneBar(string text)
    {
        Validate(text).ShouldHaveSingleError(IssueCodes.IcdSeparator, 1, "r1", 2, 26);
    }

    [Theory]
    [InlineData("[|E11.900]")]
    [InlineData("[I21.401;I20.000|E11.900]")]
    public void RequiresExactlyOnePrimaryCode(string text)
    {
        Validate(text).ShouldHaveSingleError(IssueCodes.IcdPrimaryCount, 1, "r1", 2, 26);
    }

    [Theory]
    [InlineData("[E11.900|E78.500]")]
    [InlineData("[I99.999|E78.500]")]
    public void RejectsAPrimaryCodeOutsideTheFivePrimaryCodes(string text)
    {
        Validate(text).ShouldHaveSingleError(IssueCodes.UnknownLabel, 1, "r1", 2, 26).Message.ShouldContain("5 primary codes");
    }

    [Theory]
    [InlineData("[I21.401|]")]
    [InlineData("[I21.401| ; ]")]
    public void RequiresAtLeastOneAdditionalCode(string text)
    {
        Validate(text).Errors.ShouldHaveSingleItem().Code.ShouldBe(IssueCodes.IcdAdditionalCount);
    }

    [Fact]
    public void RejectsAnAdditionalCodeOutsideTheFiftyThreeCodes()
    {
        Validate("[I21.401|E11.900;I21.401]").ShouldHaveSingleError(IssueCodes.UnknownLabel, 1, "r1", 2, 26).Message.ShouldContain("\"I21.401\"");
    }

    [Fact]
    public void DropsEmptyAdditionalCodesWithAWarning()
    {
        var report = Validate("[I21.401|E11.900;]");

        report.IsValid.ShouldBeTrue();
        report.ShouldHaveSingleWarning(IssueCodes.EmptyLabelDropped, 1, "r1", 2, 26);
    }

    [Fact]
    public void CountsARepeatedAdditionalCodeOnceWithAWarning()
    {
        var report = Validate("[I21.401|E11.900;E11.900]");

        report.IsValid.ShouldBeTrue();
        report.ShouldHaveSingleWarning(IssueCodes.RepeatedLabel, 1, "r1", 2, 26);
    }

    [Fact]
    public void HasNoLimitOnAdditionalCodesByDefault()
    {
        Validate("[I21.401|E11.900;E78.500;E87.600;I48.x01;I49.900;J18.900]").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void RejectsMoreAdditionalCodesThanThePhaseAllows()
    {
        var options = new ScoringOptions { MaxAdditionalCodes = 2 };

        Validate("[I21.401|E11.900;E78.500]", options).IsValid.ShouldBeTrue();
        Validate("[I21.401|E11.900;E78.500;E87.600]", options)
            .ShouldHaveSingleError(IssueCodes.IcdAdditionalLimit, 1, "r1", 2, 26)
            .Message.ShouldContain("at most 2");
    }

    [Fact]
    public void RejectsAPredictionThatIsNotAString()
    {
        var report = SubmissionValidator.Validate(TestInput.Icd, Ids, TestInput.Utf8("[\n  {\"病案标识\": \"r1\", \"预测结果\": [\"I21.401\", \"E11.900\"]}\n]"));

        report.ShouldHaveSingleError(IssueCodes.WrongType, 1, "r1", 2, 26);
    }

    [Fact]
    public void RejectsARecordWithoutThePredictionKey()
    {
        var report = SubmissionValidator.Validate(TestInput.Icd, Ids, TestInput.Utf8("[\n  {\"病案标识\": \"r1\"}\n]"));

        report.ShouldHaveSingleError(IssueCodes.MissingKey, 1, "r1", 2, 3).Message.ShouldContain("Prediction");
    }

    [Fact]
    public void RejectsARecordWithoutTheIdentifierKey()
    {
        var report = SubmissionReader.Read(TestInput.Icd, TestInput.Utf8("[\n  {\"预测结果\": \"[I21.401|E11.900]\"}\n]")).Report;

        report.ShouldHaveSingleError(IssueCodes.MissingKey, 1, null, 2, 3).Message.ShouldContain("Record_ID");
    }
}
