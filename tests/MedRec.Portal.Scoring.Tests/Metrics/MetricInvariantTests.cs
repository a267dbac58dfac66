using System.Text;
using System.Text.Json;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Tests.Metrics;

/// <summary>Properties that hold for any data, checked over random gold and predictions.</summary>
public sealed class MetricInvariantTests
{
    private static readonly string[] Labels = [.. Enumerable.Range(1, 30).Select(i => $"Drug{i:00}")];

    private static HashSet<string> RandomSet(Random random, int max) =>
        [.. Enumerable.Range(0, random.Next(max + 1)).Select(_ => Labels[random.Next(Labels.Length)])];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EveryPerVisitMetricIsInUnitIntervalAndF1IsAtLeastJaccard(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 5000; i++)
        {
            var gold = RandomSet(random, 8);
            var predicted = RandomSet(random, 8);
            var overlap = SetMetrics.CountIntersection(gold, predicted);
            var jaccard = SetMetrics.Jaccard(overlap, gold.Count, predicted.Count);
            var f1 = SetMetrics.F1(overlap, gold.Count, predicted.Count);
            double[] all = [jaccard, f1, SetMetrics.Precision(overlap, gold.Count, predicted.Count), SetMetrics.Recall(overlap, gold.Count, predicted.Count)];

            all.ShouldAllBe(value => value >= 0 && value <= 1);
            f1.ShouldBeGreaterThanOrEqualTo(jaccard);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void RandomSubmissionScoresInUnitIntervalAndGoldAsSubmissionScoresOne(int seed)
    {
        var random = new Random(seed);
        var task = new CDrugRedTaskDefinition(Labels);
        var gold = new CDrugRedGold([.. Enumerable.Range(0, 300).Select(i => new CDrugRedGoldRecord($"v{i}", RandomSet(random, 6)))]);

        var randomRows = gold.Records.Select(record => new { ID = record.Id, prediction = RandomSet(random, 6).ToArray() });
        var goldRows = gold.Records.Select(record => new { ID = record.Id, prediction = record.Drugs.ToArray() });

        var randomScore = Score(task, gold, randomRows);
        randomScore.ShouldAllBe(metric => metric.Value >= 0 && metric.Value <= 1);
        randomScore[MetricKeys.F1].ShouldBeGreaterThanOrEqualTo(randomScore[MetricKeys.Jaccard]);

        Score(task, gold, goldRows).ShouldAllBe(metric => metric.Value == 1.0);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void RandomIcdSubmissionScoresInUnitIntervalAndGoldAsSubmissionScoresOne(int seed)
    {
        var random = new Random(seed);
        var primaries = IcdCodeLists.Primary.Select(code => code.Code).ToArray();
        var additional = IcdCodeLists.Additional.Select(code => code.Code).ToArray();
        HashSet<string> RandomCodes(int min) => [.. Enumerable.Range(0, random.Next(min, 6)).Select(_ => additional[random.Next(additional.Length)])];

        var gold = new IcdGold([.. Enumerable.Range(0, 300).Select(i => new IcdGoldRecord($"r{i}", primaries[random.Next(5)], RandomCodes(1)))]);
        var randomRows = gold.Records.Select(record => new Dictionary<string, string>
        {
            [IcdFields.RecordId] = record.Id,
            [IcdFields.Prediction] = $"[{primaries[random.Next(5)]}|{string.Join(';', RandomCodes(1))}]",
        });
        var goldRows = gold.Records.Select(record => new Dictionary<string, string>
        {
            [IcdFields.RecordId] = record.Id,
            [IcdFields.Prediction] = $"[{record.PrimaryCode}|{string.Join(';', record.OtherCodes)}]",
        });

        var randomScore = Score(IcdTaskDefinition.Instance, gold, randomRows);
        randomScore.ShouldAllBe(metric => metric.Value >= 0 && metric.Value <= 1);
        randomScore[MetricKeys.OtherF1].ShouldBeLessThanOrEqualTo(1);

        Score(IcdTaskDefinition.Instance, gold, goldRows).ShouldAllBe(metric => metric.Value == 1.0);
    }

    private static MetricScores Score(TaskDefinition task, GoldSet gold, object rows)
    {
        var outcome = SubmissionScorer.Score(task, gold, new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(rows))));
        return outcome.ShouldBeOfType<ScoredSubmission>(outcome.Report.Errors.FirstOrDefault()?.ToString()).Result.Metrics;
    }
}
