using System.Text;
using System.Text.Json;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Tests.Shared;

namespace MedRec.Portal.Scoring.Tests.RealData;

/// <summary>The scorer on the organisers' real files (skipped, with the reason, where the data is absent).</summary>
public sealed class RealDataTests
{
    private static CDrugRedTaskDefinition LoadCandidates()
    {
        using var stream = File.OpenRead(SharedData.Require("cdrugred/候选药物列表.json"));
        return CDrugRedTaskDefinition.Load(stream);
    }

    [Fact]
    public void CandidateListHas651Drugs()
    {
        LoadCandidates().CandidateDrugs.Count.ShouldBe(651);
    }

    [Fact]
    public void CDrugRedTrainingGoldScoredAgainstItselfGivesOne()
    {
        var task = LoadCandidates();
        using var goldStream = File.OpenRead(SharedData.Require("cdrugred/CDrugRed_train.labels-3602.jsonl"));
        var gold = CDrugRedGold.Read(goldStream);
        gold.Count.ShouldBe(3602);

        // Gold drugs outside the candidate list could not be submitted; predict the gold restricted to the list.
        var rows = gold.Records.Select(record => new { ID = record.Id, prediction = record.Drugs.ToArray() });
        var json = JsonSerializer.Serialize(rows);
        var outcome = SubmissionScorer.Score(task, gold, new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var scored = outcome.ShouldBeOfType<ScoredSubmission>();
        foreach (var metric in scored.Result.Metrics)
        {
            metric.Value.ShouldBe(1.0, metric.Key);
        }
    }

    [Fact]
    public void IcdTrainingGoldScoredAgainstItselfGivesOne()
    {
        using var goldStream = File.OpenRead(SharedData.Require("icd/ICD-Coding-train.labels-800.json"));
        var gold = IcdGold.Read(goldStream);
        gold.Count.ShouldBe(800);

        var rows = gold.Records.Select(record => new Dictionary<string, string>
        {
            [IcdFields.RecordId] = record.Id,
            [IcdFields.Prediction] = $"[{record.PrimaryCode}|{string.Join(';', record.OtherCodes)}]",
        });
        var json = JsonSerializer.Serialize(rows);
        var outcome = SubmissionScorer.Score(IcdTaskDefinition.Instance, gold, new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var scored = outcome.ShouldBeOfType<ScoredSubmission>(outcome.Report.Errors.FirstOrDefault()?.ToString());
        scored.Result.Metrics.Primary.ShouldBe(1.0);
        scored.Result.Metrics[MetricKeys.MainAccuracy].ShouldBe(1.0);
        scored.Result.Metrics[MetricKeys.OtherRecall].ShouldBe(1.0);
    }

    [Fact]
    public void OfficialIcdExampleValidatesAgainstTestAInputsWithBareNaN()
    {
        using var inputs = File.OpenRead(SharedData.Require("icd/ICD-Coding-test-A.json"));
        var ids = DatasetReader.ReadIds(inputs, IcdFields.RecordId);
        ids.Count.ShouldBe(200);

        using var example = File.OpenRead(SharedData.Require("icd/lCD-Coding-A.json"));
        var report = SubmissionValidator.Validate(IcdTaskDefinition.Instance, ids, example);

        report.Errors.ShouldBeEmpty();
        report.RecordCount.ShouldBe(200);
    }

    [Fact]
    public void OfficialCDrugRedExampleIsRejectedOnlyForItsNonCandidateDrugAndMissingVisits()
    {
        var task = LoadCandidates();
        using var inputs = File.OpenRead(SharedData.Require("cdrugred/CDrugRed_test-A.jsonl"));
        var ids = DatasetReader.ReadIds(inputs, CDrugRedFields.VisitId);

        using var example = File.OpenRead(SharedData.Require("cdrugred/submit_pred_ex.json"));
        var report = SubmissionValidator.Validate(task, ids, example);

        report.Errors.Select(error => error.Code).ShouldBe([IssueCodes.UnknownLabel, IssueCodes.MissingIds], ignoreOrder: true);
        report.Errors.Single(error => error.Code == IssueCodes.MissingIds).Message.ShouldStartWith($"{570 - report.RecordCount} identifier(s)");
    }

    [Fact]
    public void OfficialCDrugRedExampleParsesDespiteItsTrailingComma()
    {
        var task = LoadCandidates();
        using var example = File.OpenRead(SharedData.Require("cdrugred/submit_pred_ex.json"));
        var result = SubmissionReader.Read(task, example);

        result.Report.Errors.ShouldAllBe(error => error.Code == IssueCodes.UnknownLabel);
        result.Report.ErrorCount.ShouldBe(1);
        result.Report.RecordCount.ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData("cdrugred/CDrugRed_test-A.jsonl", CDrugRedFields.VisitId, 570)]
    [InlineData("icd/ICD-Coding-test-A.json", IcdFields.RecordId, 200)]
    [InlineData("icd/ICD-Coding-test-A.nan-as-null.json", IcdFields.RecordId, 200)]
    [InlineData("cdrugred/CDrugRed_train.partial-1302.jsonl", CDrugRedFields.VisitId, 1302)]
    public void InputFilesReadCompletely(string file, string idKey, int expected)
    {
        using var stream = File.OpenRead(SharedData.Require(file));
        var records = DatasetReader.Read(stream, idKey).ToList();

        records.Count.ShouldBe(expected);
        records.ShouldAllBe(record => record.Id.Length > 0);
    }

    [Fact]
    public void BareNaNFieldsOfIcdTestAReadAsEmptyText()
    {
        using var raw = File.OpenRead(SharedData.Require("icd/ICD-Coding-test-A.json"));
        using var clean = File.OpenRead(SharedData.Require("icd/ICD-Coding-test-A.nan-as-null.json"));
        var fromRaw = DatasetReader.Read(raw, IcdFields.RecordId).ToList();
        var fromClean = DatasetReader.Read(clean, IcdFields.RecordId).ToList();

        fromRaw.Count.ShouldBe(fromClean.Count);
        for (var i = 0; i < fromRaw.Count; i++)
        {
            fromRaw[i].Id.ShouldBe(fromClean[i].Id);
            foreach (var key in fromClean[i].Keys)
            {
                fromRaw[i].GetText(key).ShouldBe(fromClean[i].GetText(key));
            }
        }
    }
}
