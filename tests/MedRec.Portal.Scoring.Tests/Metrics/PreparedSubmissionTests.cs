using System.Collections.Frozen;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Tests.Metrics;

/// <summary>
/// The upload's validation hands its parsed form to the scorer: scoring it gives exactly what scoring the file gives,
/// and whatever no longer fits (another definition, another option, identifiers that are not the gold's) is refused
/// so that the caller reads the file.
/// </summary>
public sealed class PreparedSubmissionTests
{
    private static readonly CDrugRedGold DrugGold = new(
    [
        new CDrugRedGoldRecord("v1", new HashSet<string> { "Alphazol", "Betamin" }),
        new CDrugRedGoldRecord("v2", new HashSet<string>()),
        new CDrugRedGoldRecord("v3", new HashSet<string> { "Epsilax" }),
    ]);

    private static readonly IcdGold CodeGold = new(
    [
        new IcdGoldRecord("r1", "I21.401", new HashSet<string> { "E11.900", "E78.500" }),
        new IcdGoldRecord("r2", "I20.000", new HashSet<string>()),
        new IcdGoldRecord("r3", "I50.900x018", new HashSet<string> { "I48.x01" }),
    ]);

    private const string Drugs = """
        [{"ID": "v3", "prediction": []},
         {"ID": "v1", "prediction": ["Alphazol", "Cetrofen", "Deltacort"]},
         {"ID": "v2", "prediction": ["Betamin"]}]
        """;

    // A repeated label and a key the task does not use: warnings, so the rule-by-rule reader's path.
    private const string DrugsWithWarnings = """
        [{"ID": "v3", "prediction": ["Epsilax", "Epsilax"], "note": "x"},
         {"ID": "v1", "prediction": ["Alphazol"]},
         {"ID": "v2", "prediction": []}]
        """;

    private const string Codes = """
        [{"病案标识": "r1", "预测结果": "[I21.401|E11.900;I10.x00x032]"},
         {"病案标识": "r2", "预测结果": "[I10.x00x032|E78.500]"},
         {"病案标识": "r3", "预测结果": "[I50.900x018|I48.x01;E11.900]"}]
        """;

    [Theory]
    [InlineData(Drugs)]
    [InlineData(DrugsWithWarnings)]
    public async Task CDrugRedPreparedScoresExactlyAsTheFile(string json)
    {
        var (report, prepared) = await SubmissionValidator.ValidateAndPrepareAsync(TestInput.CDrugRed, Inputs("v1", "v2", "v3"), TestInput.Utf8(json), cancellationToken: TestContext.Current.CancellationToken);
        report.IsValid.ShouldBeTrue();
        var fromFile = SubmissionScorer.Score(TestInput.CDrugRed, DrugGold, TestInput.Utf8(json)).ShouldBeOfType<ScoredSubmission>();

        var quick = SubmissionScorer.TryScore(TestInput.CDrugRed, DrugGold, prepared.ShouldNotBeNull()).ShouldNotBeNull();

        quick.Result.Metrics.ToDictionary().ShouldBe(fromFile.Result.Metrics.ToDictionary());
        quick.Result.Records.Select(r => (r.Id, r.RecordNumber, r.Metrics[MetricKeys.Score])).ShouldBe(fromFile.Result.Records.Select(r => (r.Id, r.RecordNumber, r.Metrics[MetricKeys.Score])));
        quick.Report.WarningCount.ShouldBe(report.WarningCount);
        quick.Report.WarningCount.ShouldBe(json == DrugsWithWarnings ? 2 : 0);
        quick.Result.ScorerVersion.ShouldBe(ScorerVersion.Current);
    }

    [Fact]
    public async Task IcdPreparedScoresExactlyAsTheFile()
    {
        var (_, prepared) = await SubmissionValidator.ValidateAndPrepareAsync(TestInput.Icd, Inputs("r1", "r2", "r3"), TestInput.Utf8(Codes), cancellationToken: TestContext.Current.CancellationToken);
        var fromFile = SubmissionScorer.Score(TestInput.Icd, CodeGold, TestInput.Utf8(Codes)).ShouldBeOfType<ScoredSubmission>();

        var quick = SubmissionScorer.TryScore(TestInput.Icd, CodeGold, prepared.ShouldNotBeNull()).ShouldNotBeNull();

        quick.Result.Metrics.ToDictionary().ShouldBe(fromFile.Result.Metrics.ToDictionary());
    }

    [Fact]
    public async Task AnInvalidFileIsNotPrepared()
    {
        var (report, prepared) = await SubmissionValidator.ValidateAndPrepareAsync(TestInput.CDrugRed, Inputs("v1", "v2", "v3"), TestInput.Utf8("""[{"ID": "v1", "prediction": ["Unknownium"]}]"""), cancellationToken: TestContext.Current.CancellationToken);

        report.IsValid.ShouldBeFalse();
        prepared.ShouldBeNull();
    }

    [Fact]
    public async Task WhatNoLongerFitsIsRefusedSoTheFileIsRead()
    {
        var (_, prepared) = await SubmissionValidator.ValidateAndPrepareAsync(TestInput.CDrugRed, Inputs("v1", "v2", "v3"), TestInput.Utf8(Drugs), cancellationToken: TestContext.Current.CancellationToken);
        prepared.ShouldNotBeNull();

        // The task's candidate list was replaced since the upload: label numbers mean other drugs.
        SubmissionScorer.TryScore(new CDrugRedTaskDefinition(TestInput.Drugs), DrugGold, prepared).ShouldBeNull();

        // Another additional-code cap changes which files are valid.
        SubmissionScorer.TryScore(TestInput.CDrugRed, DrugGold, prepared, new ScoringOptions { MaxAdditionalCodes = 1 }).ShouldBeNull();

        // The gold's identifiers are not the inputs': only reading the file can say what is wrong with it.
        var otherGold = new CDrugRedGold([new CDrugRedGoldRecord("v1", new HashSet<string>()), new CDrugRedGoldRecord("v2", new HashSet<string>()), new CDrugRedGoldRecord("v4", new HashSet<string>())]);
        SubmissionScorer.TryScore(TestInput.CDrugRed, otherGold, prepared).ShouldBeNull();
        var fewerGold = new CDrugRedGold([new CDrugRedGoldRecord("v1", new HashSet<string>()), new CDrugRedGoldRecord("v2", new HashSet<string>())]);
        SubmissionScorer.TryScore(TestInput.CDrugRed, fewerGold, prepared).ShouldBeNull();
    }

    // As the portal holds a phase's inputs: frozen, so the identifier table is built once for every upload.
    private static FrozenSet<string> Inputs(params string[] ids) => ids.ToFrozenSet(StringComparer.Ordinal);
}
