using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.Tests;

public sealed class IcdDemoFormatTests
{
    private static readonly string[] InputKeys =
        ["病案标识", "主诉", "现病史", "既往史", "个人史", "婚姻史", "家族史", "入院情况", "入院诊断", "诊疗经过", "出院情况", "出院医嘱"];

    private static readonly string[] LabelledKeys = [.. InputKeys, "主要诊断编码", "其他诊断编码"];

    private static readonly HashSet<string> PrimaryCodes = IcdCodeLists.Primary.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> AdditionalCodes = IcdCodeLists.Additional.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    private static readonly DemoDataset Data = DemoDataGenerator.Generate(TaskKind.Icd, new DemoDataOptions { Records = 150, Seed = 42 });

    [Fact]
    public void InputsAreAJsonArrayWithTheOfficialKeysAndNoCodeFields()
    {
        foreach (var record in DemoJsonFiles.Array(Data[DemoFileRole.Inputs]))
        {
            DemoJsonFiles.Keys(record).ShouldBe(InputKeys);
            record.GetProperty("病案标识").GetString()!.ShouldMatch(@"^DEMO\d{10}$");
            record.GetProperty("入院诊断").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData(DemoFileRole.Train)]
    [InlineData(DemoFileRole.Gold)]
    public void LabelledRecordsHaveExactlyOnePrimaryAndAtLeastOneAdditionalCodeFromTheTaskLists(DemoFileRole role)
    {
        foreach (var record in DemoJsonFiles.Array(Data[role]))
        {
            DemoJsonFiles.Keys(record).ShouldBe(LabelledKeys);
            var primary = record.GetProperty("主要诊断编码").GetString()!;
            var others = record.GetProperty("其他诊断编码").GetString()!.Split(';');

            PrimaryCodes.ShouldContain(primary);
            others.Length.ShouldBeGreaterThanOrEqualTo(1);
            others.ShouldAllBe(code => AdditionalCodes.Contains(code));
            others.Distinct(StringComparer.Ordinal).Count().ShouldBe(others.Length);
        }
    }

    [Fact]
    public void GoldIsTheInputRecordsWithTheirCodes()
    {
        var inputs = DemoJsonFiles.Array(Data[DemoFileRole.Inputs]);
        var gold = DemoJsonFiles.Array(Data[DemoFileRole.Gold]);

        gold.Count.ShouldBe(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            foreach (var key in InputKeys)
            {
                gold[i].GetProperty(key).GetRawText().ShouldBe(inputs[i].GetProperty(key).GetRawText());
            }
        }
    }

    [Fact]
    public void EveryPrimaryCodeOccursAndMostAdditionalCodesDo()
    {
        var train = DemoJsonFiles.Array(Data[DemoFileRole.Train]);

        train.Select(r => r.GetProperty("主要诊断编码").GetString()).Distinct().Count().ShouldBe(PrimaryCodes.Count);
        train.SelectMany(r => r.GetProperty("其他诊断编码").GetString()!.Split(';')).Distinct().Count().ShouldBeGreaterThan(45);
    }

    [Fact]
    public void RecordIdsAreUniqueAndDisjointFromTraining()
    {
        var train = DemoJsonFiles.Array(Data[DemoFileRole.Train]).Select(r => r.GetProperty("病案标识").GetString()!).ToList();
        var inputs = DemoJsonFiles.Array(Data[DemoFileRole.Inputs]).Select(r => r.GetProperty("病案标识").GetString()!).ToList();

        train.Distinct().Count().ShouldBe(train.Count);
        inputs.Distinct().Count().ShouldBe(inputs.Count);
        inputs.Intersect(train).ShouldBeEmpty();
        inputs.ShouldBe(Data.InputIds);
    }

    [Fact]
    public void SampleSubmissionCoversEveryInputWithAWellFormedPrediction()
    {
        var rows = DemoJsonFiles.Array(Data[DemoFileRole.SampleSubmission]);

        rows.Select(r => r.GetProperty("病案标识").GetString()).ShouldBe(Data.InputIds);
        foreach (var row in rows)
        {
            DemoJsonFiles.Keys(row).ShouldBe(["病案标识", "预测结果"]);
            var prediction = row.GetProperty("预测结果").GetString()!;
            prediction.ShouldStartWith("[");
            prediction.ShouldEndWith("]");
            var parts = prediction[1..^1].Split('|');
            parts.Length.ShouldBe(2);
            PrimaryCodes.ShouldContain(parts[0]);
            parts[1].Split(';').ShouldAllBe(code => AdditionalCodes.Contains(code));
        }
    }

    [Fact]
    public void SomeOptionalHistoryFieldsAreNullLikeTheOfficialFiles()
    {
        var train = DemoJsonFiles.Array(Data[DemoFileRole.Train]);

        train.Any(r => r.GetProperty("出院医嘱").ValueKind == JsonValueKind.Null || r.GetProperty("个人史").ValueKind == JsonValueKind.Null)
            .ShouldBeTrue();
        train.ShouldAllBe(r => r.GetProperty("入院诊断").ValueKind == JsonValueKind.String);
    }
}
