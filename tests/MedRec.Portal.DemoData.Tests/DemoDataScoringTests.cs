using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.Tests;

/// <summary>The demo files go through the portal's own readers, validator and scorer as a real phase's would.</summary>
public sealed class DemoDataScoringTests
{
    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void TheValidatorAcceptsTheSampleSubmissionWithoutWarnings(TaskKind task)
    {
        var data = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 60, Seed = 8 });
        var definition = Definition(data);
        using var inputs = data[DemoFileRole.Inputs].OpenRead();
        var inputIds = DatasetReader.ReadIds(inputs, definition.DatasetIdKey);

        using var submission = data[DemoFileRole.SampleSubmission].OpenRead();
        var report = SubmissionValidator.Validate(definition, inputIds, submission);

        report.Errors.ShouldBeEmpty();
        report.WarningCount.ShouldBe(0);
        report.RecordCount.ShouldBe(60);
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed, MetricKeys.Score)]
    [InlineData(TaskKind.Icd, MetricKeys.Acc)]
    public void TheSampleSubmissionScoresClearlyBetweenZeroAndOne(TaskKind task, string primaryMetric)
    {
        var data = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 80, Seed = 8 });

        var outcome = Score(data, data[DemoFileRole.SampleSubmission].OpenRead());

        var scored = outcome.ShouldBeOfType<ScoredSubmission>();
        scored.Result.Metrics[primaryMetric].ShouldBeInRange(0.4, 0.9);
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void GoldSubmittedAsAPredictionScoresOneOnEveryMetric(TaskKind task)
    {
        var data = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 50, Seed = 13 });

        var outcome = Score(data, new MemoryStream(GoldAsSubmission(data)));

        var scored = outcome.ShouldBeOfType<ScoredSubmission>();
        scored.Result.Metrics.ShouldAllBe(metric => metric.Value == 1.0);
        scored.Result.Records.Count.ShouldBe(50);
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void TheGoldReaderReadsTheTrainingAndGoldFiles(TaskKind task)
    {
        var data = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 25, Seed = 4 });
        var definition = Definition(data);

        using var gold = data[DemoFileRole.Gold].OpenRead();
        using var train = data[DemoFileRole.Train].OpenRead();

        GoldSet.Read(definition, gold).Ids.ShouldBe(data.InputIds);
        GoldSet.Read(definition, train).Count.ShouldBe(100);
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed, MetricKeys.Score)]
    [InlineData(TaskKind.Icd, MetricKeys.Acc)]
    public void TeamSubmissionsAreValidAndScoreHigherTheMoreSkilledTheTeam(TaskKind task, string primaryMetric)
    {
        var options = new DemoDataOptions { Records = 60, TrainRecords = 0, Seed = 2025 };
        var data = DemoDataGenerator.Generate(task, options);
        var definition = Definition(data);
        using var inputs = data[DemoFileRole.Inputs].OpenRead();
        var inputIds = DatasetReader.ReadIds(inputs, definition.DatasetIdKey);

        var scores = new List<double>();
        foreach (var skill in new[] { 0.2, 0.5, 0.8, 1.0 })
        {
            var file = DemoDataGenerator.TeamSubmission(task, options, skill, seed: 3);
            using (var submission = file.OpenRead())
            {
                var report = SubmissionValidator.Validate(definition, inputIds, submission);
                report.Errors.ShouldBeEmpty();
                report.RecordCount.ShouldBe(60);
            }

            scores.Add(Score(data, file.OpenRead()).ShouldBeOfType<ScoredSubmission>().Result.Metrics[primaryMetric]);
        }

        scores.ShouldBeInOrder(SortDirection.Ascending);
        scores[0].ShouldBeGreaterThan(0.05);
        scores[2].ShouldBeLessThan(0.95);
        DemoDataGenerator.TeamSubmission(task, options, 0.5, seed: 3).Content.ToArray().ShouldBe(DemoDataGenerator.TeamSubmission(task, options, 0.5, seed: 3).Content.ToArray());
        DemoDataGenerator.TeamSubmission(task, options, 0.5, seed: 4).Content.ToArray().ShouldNotBe(DemoDataGenerator.TeamSubmission(task, options, 0.5, seed: 3).Content.ToArray());
        Should.Throw<ArgumentOutOfRangeException>(() => DemoDataGenerator.TeamSubmission(task, options, 1.5, seed: 3)).ParamName.ShouldBe("skill");
    }

    private static TaskDefinition Definition(DemoDataset data)
    {
        if (data.Task == TaskKind.Icd)
        {
            return IcdTaskDefinition.Instance;
        }

        using var candidates = data[DemoFileRole.Candidates].OpenRead();
        return CDrugRedTaskDefinition.Load(candidates);
    }

    private static ScoringOutcome Score(DemoDataset data, Stream submission)
    {
        var definition = Definition(data);
        using var goldStream = data[DemoFileRole.Gold].OpenRead();
        var gold = GoldSet.Read(definition, goldStream);
        using (submission)
        {
            return SubmissionScorer.Score(definition, gold, submission);
        }
    }

    private static byte[] GoldAsSubmission(DemoDataset data)
    {
        var rows = DemoTestData.Records(data, DemoFileRole.Gold).Select(record => data.Task == TaskKind.CDrugRed
            ? (object)new Dictionary<string, object>
            {
                ["ID"] = record.GetProperty("就诊标识").GetString()!,
                ["prediction"] = DemoJsonFiles.Strings(record.GetProperty("出院带药列表")),
            }
            : new Dictionary<string, object>
            {
                ["病案标识"] = record.GetProperty("病案标识").GetString()!,
                ["预测结果"] = $"[{record.GetProperty("主要诊断编码").GetString()}|{record.GetProperty("其他诊断编码").GetString()}]",
            });
        return JsonSerializer.SerializeToUtf8Bytes(rows);
    }
}
