using System.Text;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Scoring.Tests.Submissions;

/// <summary>The common rules 1–8 of docs/scoring-rules.md, shown on CDrugRed files with invented drug names.</summary>
public sealed class CommonRulesTests
{
    private static readonly IReadOnlySet<string> Ids = TestInput.Ids("v1", "v2", "v3");

    private static ValidationReport Validate(string text, ScoringOptions? options = null, bool bom = false) =>
        SubmissionValidator.Validate(TestInput.CDrugRed, Ids, TestInput.Utf8(text, bom), options);

    private static ValidationReport Validate(byte[] bytes) => SubmissionValidator.Validate(TestInput.CDrugRed, Ids, new MemoryStream(bytes));

    private const string Valid = """
        [
          {"ID": "v1", "prediction": ["Alphazol", "Betamin"]},
          {"ID": "v2", "prediction": []},
          {"ID": "v3", "prediction": ["Cetrofen"]}
        ]
        """;

    [Fact]
    public void AcceptsAValidFile()
    {
        var report = Validate(Valid);

        report.IsValid.ShouldBeTrue();
        report.Errors.ShouldBeEmpty();
        report.Warnings.ShouldBeEmpty();
        report.RecordCount.ShouldBe(3);
    }

    // Rule 1
    [Fact]
    public void AcceptsUtf8WithByteOrderMark()
    {
        Validate(Valid, bom: true).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void RejectsFileThatIsNotUtf8WithLineAndColumn()
    {
        // "阿司" in GBK is 0xB0 0xA2 0xCB 0xBE; 0xB0 cannot start a UTF-8 character.
        var bytes = Encoding.UTF8.GetBytes("[\n  {\"ID\": \"v1\", \"prediction\": [\"").Concat(new byte[] { 0xB0, 0xA2, 0xCB, 0xBE }).Concat(Encoding.UTF8.GetBytes("\"]}\n]")).ToArray();

        var error = Validate(bytes).ShouldHaveSingleError(IssueCodes.InvalidUtf8, null, null, 2, 32);
        error.Message.ShouldContain("UTF-8");
    }

    [Fact]
    public void RejectsTruncatedMultiByteCharacterAtEndOfFile()
    {
        var bytes = Encoding.UTF8.GetBytes("[\"中").SkipLast(1).ToArray();

        Validate(bytes).Errors.ShouldHaveSingleItem().Code.ShouldBe(IssueCodes.InvalidUtf8);
    }

    // Rule 2
    [Fact]
    public void ToleratesTrailingCommasInTheArrayAndInPredictionLists()
    {
        var report = Validate("""
            [
              {"ID": "v1", "prediction": ["Alphazol", "Betamin",]},
              {"ID": "v2", "prediction": [],},
              {"ID": "v3", "prediction": ["Cetrofen"]},
            ]
            """);

        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
    }

    [Fact]
    public void RejectsCommentsWithLineAndColumn()
    {
        Validate("[\n  {\"ID\": \"v1\", // first visit\n \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.Comment, null, null, 2, 16);
    }

    [Fact]
    public void RejectsBlockComments()
    {
        Validate("[/* visits */]").ShouldHaveSingleError(IssueCodes.Comment, null, null, 1, 2);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void RejectsNaNAndInfinityWithLineAndColumn(string token)
    {
        Validate($"[\n  {{\"ID\": \"v1\", \"prediction\": [{token}]}}\n]")
            .ShouldHaveSingleError(IssueCodes.NonFiniteNumber, null, null, 2, 31);
    }

    [Fact]
    public void RejectsContentAfterTheClosingBracket()
    {
        Validate(Valid + "\n[]").ShouldHaveSingleError(IssueCodes.TrailingContent, null, null, 6, 1);
    }

    [Fact]
    public void AcceptsWhiteSpaceAfterTheClosingBracket()
    {
        Validate(Valid + "\r\n\r\n  ").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ReportsSyntaxErrorColumnInCharactersNotBytes()
    {
        // Six Chinese characters (18 UTF-8 bytes) precede the error on line 3: the column counts them as 6.
        const string text = "[\n  {\"ID\": \"v1\", \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": [\"阿尔法药片剂\" \"Betamin\"]}\n]";

        var error = Validate(text).ShouldHaveSingleError(IssueCodes.Syntax, null, null, 3, 40);
        error.Message.ShouldContain("Invalid JSON");
    }

    [Fact]
    public void ReportsTheRightLineForSyntaxErrorsFarIntoALargeFile()
    {
        var text = new StringBuilder("[\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("  {\"ID\": \"v").Append(i).Append("\", \"prediction\": [\"Alphazol\"]},\n");
        }

        text.Append("  {\"ID\": \"x\", \"prediction\": [\"Alphazol\"}\n]");

        var report = SubmissionReader.Read(TestInput.CDrugRed, TestInput.Utf8(text.ToString())).Report;

        report.ShouldHaveSingleError(IssueCodes.Syntax, null, null, 20_002, 40);
        report.RecordCount.ShouldBe(20_000);
    }

    [Fact]
    public void ByteOrderMarkDoesNotShiftColumnsOnTheFirstLine()
    {
        Validate("[x]", bom: true).ShouldHaveSingleError(IssueCodes.Syntax, null, null, 1, 2);
    }

    [Fact]
    public void CountsLinesOfCrlfFilesOnce()
    {
        Validate("[\r\n  {\"ID\": \"v1\", \"prediction\": []},\r\n  {\"ID\": \"v2\" \"prediction\": []}\r\n]")
            .ShouldHaveSingleError(IssueCodes.Syntax, null, null, 3, 15);
    }

    [Fact]
    public void RejectsATopLevelObject()
    {
        Validate("""{"ID": "v1", "prediction": []}""").ShouldHaveSingleError(IssueCodes.NotArray, null, null, 1, 1);
    }

    [Fact]
    public void RejectsJsonLines()
    {
        Validate("{\"ID\": \"v1\", \"prediction\": []}\n{\"ID\": \"v2\", \"prediction\": []}").Errors.Single().Code.ShouldBe(IssueCodes.NotArray);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n ")]
    public void RejectsAnEmptyFile(string text)
    {
        Validate(text).ShouldHaveSingleError(IssueCodes.EmptyFile, null, null, null, null);
    }

    [Fact]
    public void RejectsAnUnclosedArray()
    {
        Validate("[{\"ID\": \"v1\", \"prediction\": []}").Errors.ShouldHaveSingleItem().Code.ShouldBe(IssueCodes.Syntax);
    }

    // Rule 3
    [Fact]
    public void RefusesAnOversizedFileBeforeParsing()
    {
        // Not even JSON: the size check must come first.
        var report = Validate(new string('x', 2000), new ScoringOptions { MaxBytes = 1000 });

        report.ShouldHaveSingleError(IssueCodes.TooLarge, null, null, null, null).Message.ShouldContain("2,000 bytes");
        report.RecordCount.ShouldBe(0);
    }

    [Fact]
    public void RefusesAnOversizedStreamOfUnknownLength()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid + new string(' ', 2000));
        var report = SubmissionValidator.Validate(TestInput.CDrugRed, Ids, new TrickleStream(bytes, 500), new ScoringOptions { MaxBytes = 1000 });

        report.ShouldHaveSingleError(IssueCodes.TooLarge, null, null, null, null);
    }

    [Fact]
    public void DefaultSizeLimitIs20MiB()
    {
        ScoringOptions.Default.MaxBytes.ShouldBe(20L * 1024 * 1024);
    }

    // Rule 4
    [Fact]
    public void RejectsAnElementThatIsNotAnObject()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": []},\n  [\"v2\"],\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .Errors.First().ShouldSatisfyAllConditions(
                error => error.Code.ShouldBe(IssueCodes.NotObject),
                error => error.RecordNumber.ShouldBe(2),
                error => error.Line.ShouldBe(3),
                error => error.Column.ShouldBe(3));
    }

    [Fact]
    public void RejectsARecordWithoutItsIdentifierKey()
    {
        var report = Validate("[\n  {\"ID\": \"v1\", \"prediction\": []},\n  {\"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]");

        report.Errors.First().ShouldSatisfyAllConditions(
            error => error.Code.ShouldBe(IssueCodes.MissingKey),
            error => error.RecordNumber.ShouldBe(2),
            error => error.Id.ShouldBeNull(),
            error => error.Line.ShouldBe(3),
            error => error.Column.ShouldBe(3),
            error => error.Message.ShouldContain("\"ID\""));
    }

    [Fact]
    public void RejectsARecordWithoutItsPredictionKey()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": []},\n  {\"ID\": \"v2\"},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.MissingKey, 2, "v2", 3, 3)
            .Message.ShouldContain("\"prediction\"");
    }

    [Fact]
    public void IgnoresExtraKeysWithAWarning()
    {
        var report = Validate("[\n  {\"ID\": \"v1\", \"score\": 0.9, \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]");

        report.IsValid.ShouldBeTrue();
        report.ShouldHaveSingleWarning(IssueCodes.ExtraKey, 1, "v1", 2, 16).Message.ShouldContain("\"score\"");
    }

    [Fact]
    public void RejectsAnIdentifierOfTheWrongType()
    {
        Validate("[\n  {\"ID\": 1, \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .Errors.First().ShouldSatisfyAllConditions(
                error => error.Code.ShouldBe(IssueCodes.WrongType),
                error => error.RecordNumber.ShouldBe(1),
                error => error.Line.ShouldBe(2),
                error => error.Column.ShouldBe(10),
                error => error.Message.ShouldContain("a number"));
    }

    [Fact]
    public void RejectsAPredictionThatIsNotAList()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": \"Alphazol\"},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.WrongType, 1, "v1", 2, 30);
    }

    [Fact]
    public void RejectsAPredictedItemThatIsNotAString()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": [\"Alphazol\", 7]},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.WrongType, 1, "v1", 2, 43);
    }

    [Fact]
    public void RejectsNullWhereAListIsDue()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": null},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.WrongType, 1, "v1", 2, 30);
    }

    [Fact]
    public void RejectsAKeyRepeatedInOneRecord()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": [], \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.DuplicateKey, 1, null, 2, 34);
    }

    // Rule 5
    [Fact]
    public void ComparesIdentifiersAfterNfkcAndTrimming()
    {
        Validate("""[{"ID": " ｖ１ ", "prediction": []}, {"ID": "v2\t", "prediction": []}, {"ID": "v3", "prediction": []}]""").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void RejectsADuplicatedIdentifier()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []},\n  {\"ID\": \"ｖ1\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.DuplicateId, 4, "v1", 5, 10)
            .Message.ShouldContain("record 1");
    }

    [Fact]
    public void RejectsMissingIdentifiersGivingTheCountAndTheFirstFew()
    {
        var ids = TestInput.Ids([.. Enumerable.Range(1, 9).Select(i => $"v{i}")]);
        var report = SubmissionValidator.Validate(TestInput.CDrugRed, ids, TestInput.Utf8("""[{"ID": "v1", "prediction": []}]"""));

        var error = report.ShouldHaveSingleError(IssueCodes.MissingIds, null, null, null, null);
        error.Message.ShouldStartWith("8 identifier(s)");
        error.Message.ShouldContain("\"v2\", \"v3\", \"v4\", \"v5\", \"v6\", …");
        error.Message.ShouldNotContain("\"v7\"");
    }

    [Fact]
    public void RejectsAnIdentifierOutsideThePhaseInputs()
    {
        Validate("[\n  {\"ID\": \"v1\", \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []},\n  {\"ID\": \"v9\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.UnknownId, 4, "v9", 5, 10);
    }

    [Fact]
    public void RejectsAnEmptyIdentifier()
    {
        Validate("[\n  {\"ID\": \"  \", \"prediction\": []},\n  {\"ID\": \"v1\", \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.EmptyId, 1, null, 2, 10);
    }

    [Fact]
    public void WithoutAnIdentifierSetOnlyDuplicatesAreChecked()
    {
        var result = SubmissionReader.Read(TestInput.CDrugRed, TestInput.Utf8("""[{"ID": "anything", "prediction": []}]"""));

        result.Report.IsValid.ShouldBeTrue();
        result.Submission!.Predictions.ShouldHaveSingleItem().Id.ShouldBe("anything");
    }

    // Rule 6
    [Fact]
    public void NormalisesLabelsWithNfkcAndTrimming()
    {
        var result = SubmissionReader.Read(TestInput.CDrugRed, TestInput.Utf8("""[{"ID": "v1", "prediction": [" Ａｌｐｈａｚｏｌ ", "Betamin\n"]}]"""));

        result.Report.IsValid.ShouldBeTrue();
        result.Submission!.Predictions.ShouldHaveSingleItem().ShouldBeOfType<CDrugRedPrediction>().Drugs.ShouldBe(["Alphazol", "Betamin"]);
    }

    [Fact]
    public void DropsEmptyLabelsWithAWarning()
    {
        var report = Validate("[\n  {\"ID\": \"v1\", \"prediction\": [\"Alphazol\", \" \"]},\n  {\"ID\": \"v2\", \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": []}\n]");

        report.IsValid.ShouldBeTrue();
        report.ShouldHaveSingleWarning(IssueCodes.EmptyLabelDropped, 1, "v1", 2, 43);
    }

    [Fact]
    public void CountsARepeatedLabelOnceWithAWarning()
    {
        var result = SubmissionReader.Read(TestInput.CDrugRed, TestInput.Utf8("[\n  {\"ID\": \"v1\", \"prediction\": [\"Alphazol\", \"Alphazol\"]}\n]"));

        result.Report.ShouldHaveSingleWarning(IssueCodes.RepeatedLabel, 1, "v1", 2, 43);
        result.Submission!.Predictions.ShouldHaveSingleItem().ShouldBeOfType<CDrugRedPrediction>().Drugs.ShouldBe(["Alphazol"]);
    }

    [Fact]
    public void AcceptsAnEmptyPredictionList()
    {
        Validate("""[{"ID": "v1", "prediction": []}, {"ID": "v2", "prediction": []}, {"ID": "v3", "prediction": []}]""").IsValid.ShouldBeTrue();
    }

    // Rule 7
    [Fact]
    public void RejectsALabelOutsideTheCandidateListNamingLabelAndRecord()
    {
        var error = Validate("[\n  {\"ID\": \"v1\", \"prediction\": []},\n  {\"ID\": \"v2\", \"prediction\": [\"Alphazol\", \"Zetadrug\"]},\n  {\"ID\": \"v3\", \"prediction\": []}\n]")
            .ShouldHaveSingleError(IssueCodes.UnknownLabel, 2, "v2", 3, 43);

        error.Message.ShouldContain("\"Zetadrug\"");
        error.ToString().ShouldContain("record 2");
    }

    // Rule 8
    [Fact]
    public void KeepsFiftyErrorsAndCountsAll()
    {
        var labels = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"\"Unknown{i}\""));
        var report = Validate($"[{{\"ID\": \"v1\", \"prediction\": [{labels}]}}, {{\"ID\": \"v2\", \"prediction\": []}}, {{\"ID\": \"v3\", \"prediction\": []}}]");

        report.Errors.Count.ShouldBe(50);
        report.ErrorCount.ShouldBe(60);
        report.Errors[49].Message.ShouldContain("Unknown49");
    }

    [Fact]
    public void CollectsErrorsFromSeveralRecordsInFileOrder()
    {
        var report = Validate("[\n  {\"ID\": \"v1\", \"prediction\": [\"Nope\"]},\n  {\"ID\": 2, \"prediction\": []},\n  {\"ID\": \"v3\", \"prediction\": [\"Nada\"]}\n]");

        report.Errors.Select(error => error.Code).ShouldBe([IssueCodes.UnknownLabel, IssueCodes.WrongType, IssueCodes.UnknownLabel, IssueCodes.MissingIds]);
        report.Errors.Select(error => error.Line).ShouldBe([2, 3, 4, null]);
    }

    [Fact]
    public void WarningsNeverRejectAFile()
    {
        var report = Validate("""[{"ID": "v1", "x": 1, "prediction": ["Alphazol", "Alphazol", ""]}, {"ID": "v2", "prediction": []}, {"ID": "v3", "prediction": []}]""");

        report.IsValid.ShouldBeTrue();
        report.WarningCount.ShouldBe(3);
    }

    [Fact]
    public void KeepsFiftyWarningsAndCountsAll()
    {
        var labels = string.Join(", ", Enumerable.Repeat("\"Alphazol\"", 61));
        var report = Validate($"[{{\"ID\": \"v1\", \"prediction\": [{labels}]}}, {{\"ID\": \"v2\", \"prediction\": []}}, {{\"ID\": \"v3\", \"prediction\": []}}]");

        report.Warnings.Count.ShouldBe(50);
        report.WarningCount.ShouldBe(60);
    }

    [Fact]
    public void ReadsIdenticallyWhenTheStreamDeliversAFewBytesAtATime()
    {
        const string text = "[\n  {\"ID\": \"v1\", \"prediction\": [\"Alphazol\", \"阿尔法\"]},\n  {\"ID\": \"v2\", \"prediction\": [],},\n  {\"ID\": \"v3\", \"prediction\": []}\n] x";
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = Validate(bytes).Errors.Select(error => error.ToString()).ToList();
        expected.Count.ShouldBe(2);

        for (var chunk = 1; chunk <= 5; chunk++)
        {
            SubmissionValidator.Validate(TestInput.CDrugRed, Ids, new TrickleStream(bytes, chunk)).Errors.Select(error => error.ToString()).ShouldBe(expected);
        }
    }

    [Fact]
    public async Task AsynchronousValidationGivesTheSameReport()
    {
        const string text = "[\n  {\"ID\": \"v1\", \"prediction\": [\"Nope\"]}\n]";
        var report = await SubmissionValidator.ValidateAsync(TestInput.CDrugRed, Ids, TestInput.Utf8(text), cancellationToken: TestContext.Current.CancellationToken);

        report.Errors.Select(error => error.ToString()).ShouldBe(Validate(text).Errors.Select(error => error.ToString()));
    }
}
