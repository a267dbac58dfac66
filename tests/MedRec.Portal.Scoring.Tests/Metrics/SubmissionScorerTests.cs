using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Tests.Metrics;

public sealed class SubmissionScorerTests
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

    private static ScoreResult ScoreDrugs(string json) =>
        SubmissionScorer.Score(TestInput.CDrugRed, DrugGold, TestInput.Utf8(json)).ShouldBeOfType<ScoredSubmission>().Result;

    private static ScoreResult ScoreCodes(string json) =>
        SubmissionScorer.Score(TestInput.Icd, CodeGold, TestInput.Utf8(json)).ShouldBeOfType<ScoredSubmission>().Result;

    [Fact]
    public void CDrugRedMetricsAreMeansOverVisitsAndScoreIsMeanOfJaccardAndF1()
    {
        // v1: G={A,B}, P={A,C,D}: J=1/4, P=1/3, R=1/2, F1=0.4. v2: both empty: all 1. v3: G={E}, P={}: all 0.
        var result = ScoreDrugs("""
            [{"ID": "v3", "prediction": []},
             {"ID": "v1", "prediction": ["Alphazol", "Cetrofen", "Deltacort"]},
             {"ID": "v2", "prediction": []}]
            """);

        result.Metrics[MetricKeys.Jaccard].ShouldBe((0.25 + 1 + 0) / 3, 1e-15);
        result.Metrics[MetricKeys.F1].ShouldBe((0.4 + 1 + 0) / 3, 1e-15);
        result.Metrics[MetricKeys.Precision].ShouldBe(((1.0 / 3) + 1 + 0) / 3, 1e-15);
        result.Metrics[MetricKeys.Recall].ShouldBe((0.5 + 1 + 0) / 3, 1e-15);
        result.Metrics[MetricKeys.Score].ShouldBe((((0.25 + 1) / 3) + (1.4 / 3)) / 2, 1e-15);
        result.ScorerVersion.ShouldBe(ScorerVersion.Current);
    }

    [Fact]
    public void CDrugRedPerVisitResultsFollowGoldOrderWithTheirRecordNumbers()
    {
        var result = ScoreDrugs("""
            [{"ID": "v3", "prediction": []},
             {"ID": "v1", "prediction": ["Alphazol", "Cetrofen", "Deltacort"]},
             {"ID": "v2", "prediction": []}]
            """);

        result.Records.Select(record => record.Id).ShouldBe(["v1", "v2", "v3"]);
        result.Records.Select(record => record.RecordNumber).ShouldBe([2, 3, 1]);
        var first = result.Records[0];
        first.Metrics[MetricKeys.Jaccard].ShouldBe(0.25);
        first.Metrics[MetricKeys.F1].ShouldBe(0.4, 1e-15);
        first.Metrics[MetricKeys.Score].ShouldBe(0.325, 1e-15);
        first.PredictedLabels.ShouldBe(["Alphazol", "Cetrofen", "Deltacort"]);
        first.GoldLabels.ShouldBe(["Alphazol", "Betamin"], ignoreOrder: true);
    }

    [Fact]
    public void RepeatedPredictedDrugCountsOnce()
    {
        var once = ScoreDrugs("""[{"ID": "v1", "prediction": ["Alphazol"]}, {"ID": "v2", "prediction": []}, {"ID": "v3", "prediction": []}]""");
        var twice = ScoreDrugs("""[{"ID": "v1", "prediction": ["Alphazol", "Alphazol"]}, {"ID": "v2", "prediction": []}, {"ID": "v3", "prediction": []}]""");

        twice.Metrics.ToDictionary().ShouldBe(once.Metrics.ToDictionary());
    }

    [Fact]
    public void IcdAccIsMeanOfHalfMainPlusHalfOther()
    {
        // r1: main 1, other 1/2, precision 1/2, F1 1/2, acc 0.75.
        // r2: gold has no additional code: main 0, other 0, precision 0, F1 0, acc 0.
        // r3: main 1, other 1, precision 1/2, F1 2/3, acc 1.
        var result = ScoreCodes("""
            [{"病案标识": "r1", "预测结果": "[I21.401|E11.900;I10.x00x032]"},
             {"病案标识": "r2", "预测结果": "[I10.x00x032|E78.500]"},
             {"病案标识": "r3", "预测结果": "[I50.900x018|I48.x01;E11.900]"}]
            """);

        result.Metrics[MetricKeys.Acc].ShouldBe((0.75 + 0 + 1) / 3, 1e-15);
        result.Metrics[MetricKeys.MainAccuracy].ShouldBe(2.0 / 3, 1e-15);
        result.Metrics[MetricKeys.OtherRecall].ShouldBe(0.5, 1e-15);
        result.Metrics[MetricKeys.OtherPrecision].ShouldBe(1.0 / 3, 1e-15);
        result.Metrics[MetricKeys.OtherF1].ShouldBe((0.5 + 0 + (2.0 / 3)) / 3, 1e-15);
        result.Records[1].GoldPrimaryCode.ShouldBe("I20.000");
        result.Records[1].PredictedPrimaryCode.ShouldBe("I10.x00x032");
    }

    [Fact]
    public void MetricsListThePrimaryMetricFirstInDisplayOrder()
    {
        var drugs = ScoreDrugs("""[{"ID": "v1", "prediction": []}, {"ID": "v2", "prediction": []}, {"ID": "v3", "prediction": []}]""");
        drugs.Metrics.Keys.ShouldBe([MetricKeys.Score, MetricKeys.Jaccard, MetricKeys.F1, MetricKeys.Precision, MetricKeys.Recall]);
        TestInput.CDrugRed.Metrics.Select(metric => metric.Key).ShouldBe(drugs.Metrics.Keys);
        TestInput.Icd.Metrics.Select(metric => metric.Key).ShouldBe([MetricKeys.Acc, MetricKeys.MainAccuracy, MetricKeys.OtherRecall, MetricKeys.OtherPrecision, MetricKeys.OtherF1]);
    }

    [Fact]
    public void RankingKeysFollowTheTieBreakOrderOfTheSpec()
    {
        TestInput.CDrugRed.RankingKeys.ShouldBe([MetricKeys.Score, MetricKeys.F1, MetricKeys.Jaccard]);
        TestInput.Icd.RankingKeys.ShouldBe([MetricKeys.Acc, MetricKeys.MainAccuracy]);
    }

    [Fact]
    public void RejectedFileIsAResultNotAnException()
    {
        var outcome = SubmissionScorer.Score(TestInput.CDrugRed, DrugGold, TestInput.Utf8("""[{"ID": "v1", "prediction": ["Unlisted"]}]"""));

        var rejected = outcome.ShouldBeOfType<RejectedSubmission>();
        rejected.Report.IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task AsynchronousScoringGivesTheSameScore()
    {
        const string json = """[{"ID": "v1", "prediction": ["Alphazol"]}, {"ID": "v2", "prediction": []}, {"ID": "v3", "prediction": ["Epsilax"]}]""";
        var outcome = await SubmissionScorer.ScoreAsync(TestInput.CDrugRed, DrugGold, TestInput.Utf8(json), cancellationToken: TestContext.Current.CancellationToken);

        outcome.ShouldBeOfType<ScoredSubmission>().Result.Metrics.ToDictionary().ShouldBe(ScoreDrugs(json).Metrics.ToDictionary());
    }

    [Fact]
    public void GoldOfAnotherTaskIsAProgrammingError()
    {
        Should.Throw<ArgumentException>(() => SubmissionScorer.Score(TestInput.Icd, DrugGold, TestInput.Utf8("[]")));
    }
}
