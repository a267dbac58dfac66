using System.Text.Encodings.Web;
using System.Text.Json;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Scoring.Tests.Submissions;

/// <summary>
/// A report never grows with the size of a bad value: identifiers, labels and prediction strings quoted from the file
/// are cut to <see cref="EchoedText.MaxLength"/> characters (prediction strings to <see cref="EchoedText.MaxPredictionLength"/>) with an ellipsis, while codes, record numbers, lines and
/// columns stay exactly what they are for a short value.
/// </summary>
public sealed class LongValueTests
{
    private const int Huge = 19 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void A19MegabyteIdentifierGivesASmallReportWithTheSameCodeAndPlace()
    {
        var huge = "v" + new string('9', Huge);

        var report = Validate(TestInput.Ids("v1"), $"[\n  {{\"ID\": \"v1\", \"prediction\": []}},\n  {{\"ID\": \"{huge}\", \"prediction\": []}}\n]");

        var error = report.ShouldHaveSingleError(IssueCodes.UnknownId, 2, "v" + new string('9', EchoedText.MaxLength - 2) + "…", 3, 10);
        error.Message.ShouldBe($"Identifier \"{error.Id}\" is not in this phase's input set. Predict only the phase's records.");
        error.Arguments.ShouldBe([error.Id!]);
        JsonSerializer.Serialize(report, Json).Length.ShouldBeLessThan(2_000);
    }

    [Fact]
    public void AShortIdentifierIsQuotedWhole()
    {
        var id = new string('7', EchoedText.MaxLength);

        var report = Validate(TestInput.Ids("v1"), $"[{{\"ID\": \"v1\", \"prediction\": []}}, {{\"ID\": \"{id}\", \"prediction\": []}}]");

        report.ShouldHaveSingleError(IssueCodes.UnknownId, 2, id, 1, 41).Message.ShouldContain($"\"{id}\"");
    }

    [Fact]
    public void AHugeUnknownDrugIsShortenedInTheMessage()
    {
        var drug = new string('药', Huge / 3);

        var report = Validate(TestInput.Ids("v1"), $"[{{\"ID\": \"v1\", \"prediction\": [\"Alphazol\", \"{drug}\"]}}]");

        var error = report.ShouldHaveSingleError(IssueCodes.UnknownLabel, 1, "v1", 1, 42);
        error.Message.ShouldBe($"\"{new string('药', EchoedText.MaxLength - 1)}…\" is not in the candidate drug list. Use the list's exact spelling.");
        JsonSerializer.Serialize(report, Json).Length.ShouldBeLessThan(2_000);
    }

    [Fact]
    public void AHugeDuplicateIdentifierIsShortenedInEveryErrorOfIt()
    {
        var id = new string('x', 100_000);

        var report = Validate(null, $"[{{\"ID\": \"{id}\", \"prediction\": []}}, {{\"ID\": \"{id}\", \"prediction\": []}}]");

        var error = report.ShouldHaveSingleError(IssueCodes.DuplicateId, 2, new string('x', EchoedText.MaxLength - 1) + "…", 1, 100_039);
        error.Message.Length.ShouldBeLessThan(200);
    }

    [Fact]
    public void AHugeIcdPredictionIsShortenedButItsCodesAreStillCounted()
    {
        var additional = MedRec.Portal.Scoring.Tasks.IcdCodeLists.Additional.Select(code => code.Code).ToArray();
        var codes = string.Join(';', Enumerable.Range(0, 50_000).Select(i => additional[i % additional.Length]));
        var primary = MedRec.Portal.Scoring.Tasks.IcdCodeLists.Primary[0].Code;
        var text = $"[{{\"病案标识\": \"r1\", \"预测结果\": \"[{primary}|{codes}]\"}}]";

        var report = SubmissionValidator.Validate(TestInput.Icd, TestInput.Ids("r1"), TestInput.Utf8(text), new ScoringOptions { MaxAdditionalCodes = 3 });

        var error = report.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(IssueCodes.IcdAdditionalLimit);
        error.Message.ShouldBe($"\"{$"[{primary}|{codes}"[..(EchoedText.MaxPredictionLength - 1)]}…\" has {additional.Length} additional codes; this phase allows at most 3.");
        JsonSerializer.Serialize(report, Json).Length.ShouldBeLessThan(20_000);
    }

    [Fact]
    public void ShorteningNeverSplitsASurrogatePair()
    {
        var value = new string('a', EchoedText.MaxLength - 2) + "😀😀";

        var shortened = EchoedText.Shorten(value);

        shortened.ShouldBe(new string('a', EchoedText.MaxLength - 2) + "…");
        EchoedText.Shorten("short").ShouldBe("short");
    }

    private static ValidationReport Validate(IReadOnlySet<string>? ids, string text) =>
        ids is null
            ? SubmissionReader.Read(TestInput.CDrugRed, TestInput.Utf8(text)).Report
            : SubmissionValidator.Validate(TestInput.CDrugRed, ids, TestInput.Utf8(text));
}
