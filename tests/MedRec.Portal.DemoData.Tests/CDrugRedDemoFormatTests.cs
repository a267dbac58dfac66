using System.Text.Json;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.DemoData.Tests;

public sealed class CDrugRedDemoFormatTests
{
    private static readonly string[] OfficialKeys =
    [
        "患者序号", "就诊标识", "性别", "出生日期", "民族", "BMI", "就诊时间", "诊疗过程描述", "入院情况", "现病史", "既往史", "主诉", "出院诊断",
        "出院带药列表",
    ];

    private static readonly DemoDataset Data = DemoDataGenerator.Generate(TaskKind.CDrugRed, new DemoDataOptions { Records = 120, Seed = 42 });

    [Theory]
    [InlineData(DemoFileRole.Train)]
    [InlineData(DemoFileRole.Inputs)]
    [InlineData(DemoFileRole.Gold)]
    public void RecordsAreJsonLinesWithTheOfficialKeysInOrderAndTypes(DemoFileRole role)
    {
        foreach (var record in DemoJsonFiles.Lines(Data[role]))
        {
            DemoJsonFiles.Keys(record).ShouldBe(OfficialKeys);
            record.GetProperty("患者序号").ValueKind.ShouldBe(JsonValueKind.Number);
            record.GetProperty("性别").GetString().ShouldBeOneOf("男", "女");
            record.GetProperty("出生日期").GetString()!.ShouldMatch(@"^\d{4}-\d{2}$");
            record.GetProperty("就诊时间").GetString()!.ShouldMatch(@"^\d{4}-\d{2}$");
            record.GetProperty("BMI").ValueKind.ShouldBeOneOf(JsonValueKind.Number, JsonValueKind.Null);
            record.GetProperty("诊疗过程描述").GetString().ShouldNotBeNullOrWhiteSpace();
            record.GetProperty("出院诊断").GetArrayLength().ShouldBeGreaterThan(0);
            record.GetProperty("出院带药列表").ValueKind.ShouldBe(JsonValueKind.Array);
        }
    }

    [Fact]
    public void InputsCarryNoLabelsAndGoldIsTheSameVisitsWithLabels()
    {
        var inputs = DemoJsonFiles.Lines(Data[DemoFileRole.Inputs]);
        var gold = DemoJsonFiles.Lines(Data[DemoFileRole.Gold]);

        inputs.Count.ShouldBe(gold.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            inputs[i].GetProperty("出院带药列表").GetArrayLength().ShouldBe(0);
            gold[i].GetProperty("出院带药列表").GetArrayLength().ShouldBeGreaterThan(0, "every gold visit leaves with at least one drug");
            foreach (var key in OfficialKeys.Where(k => k != "出院带药列表"))
            {
                inputs[i].GetProperty(key).GetRawText().ShouldBe(gold[i].GetProperty(key).GetRawText());
            }
        }
    }

    [Fact]
    public void EveryLabelIsInTheCandidateList()
    {
        var candidates = DemoJsonFiles.Strings(JsonDocument.Parse(Data[DemoFileRole.Candidates].Content).RootElement).ToHashSet(StringComparer.Ordinal);
        var labelled = DemoJsonFiles.Lines(Data[DemoFileRole.Train]).Concat(DemoJsonFiles.Lines(Data[DemoFileRole.Gold]));

        foreach (var record in labelled)
        {
            var drugs = DemoJsonFiles.Strings(record.GetProperty("出院带药列表"));
            drugs.ShouldAllBe(d => candidates.Contains(d));
            drugs.Distinct(StringComparer.Ordinal).Count().ShouldBe(drugs.Count, "a visit's drugs are a set");
        }
    }

    [Fact]
    public void CandidateListIsAJsonArrayOfOneToTwoHundredFiftyUniqueNames()
    {
        var candidates = DemoJsonFiles.Strings(JsonDocument.Parse(Data[DemoFileRole.Candidates].Content).RootElement);

        candidates.Count.ShouldBeInRange(150, 250);
        candidates.Distinct(StringComparer.Ordinal).Count().ShouldBe(candidates.Count);
        candidates.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c) && c.Trim() == c);
    }

    [Fact]
    public void VisitIdsAreSyntheticUniqueAndDisjointFromTraining()
    {
        var train = DemoJsonFiles.Lines(Data[DemoFileRole.Train]).Select(r => r.GetProperty("就诊标识").GetString()!).ToList();
        var inputs = DemoJsonFiles.Lines(Data[DemoFileRole.Inputs]).Select(r => r.GetProperty("就诊标识").GetString()!).ToList();

        train.Concat(inputs).ShouldAllBe(id => System.Text.RegularExpressions.Regex.IsMatch(id, @"^demo-\d+-\d+$"));
        train.Distinct().Count().ShouldBe(train.Count);
        inputs.Distinct().Count().ShouldBe(inputs.Count);
        inputs.Intersect(train).ShouldBeEmpty();
        inputs.ShouldBe(Data.InputIds);
    }

    [Fact]
    public void SomePatientsHaveSeveralVisitsWithTheirPersonalDataUnchanged()
    {
        var visits = DemoJsonFiles.Lines(Data[DemoFileRole.Train]);
        var byPatient = visits.GroupBy(v => v.GetProperty("患者序号").GetInt32()).ToList();

        byPatient.Count(g => g.Count() > 1).ShouldBeGreaterThan(byPatient.Count / 10);
        foreach (var patient in byPatient.Where(g => g.Count() > 1))
        {
            patient.Select(v => v.GetProperty("出生日期").GetString()).Distinct().Count().ShouldBe(1);
            patient.Select(v => v.GetProperty("性别").GetString()).Distinct().Count().ShouldBe(1);
            patient.Select(v => v.GetProperty("就诊标识").GetString()).ShouldBe(patient.Select((_, i) => $"demo-{patient.Key}-{i + 1}"));
        }
    }

    [Fact]
    public void SampleSubmissionPredictsCandidatesForEveryInputVisitInTheOfficialFormat()
    {
        var candidates = DemoJsonFiles.Strings(JsonDocument.Parse(Data[DemoFileRole.Candidates].Content).RootElement).ToHashSet(StringComparer.Ordinal);
        var rows = DemoJsonFiles.Array(Data[DemoFileRole.SampleSubmission]);

        rows.Select(r => r.GetProperty("ID").GetString()).ShouldBe(Data.InputIds);
        foreach (var row in rows)
        {
            DemoJsonFiles.Keys(row).ShouldBe(["ID", "prediction"]);
            DemoJsonFiles.Strings(row.GetProperty("prediction")).ShouldAllBe(d => candidates.Contains(d));
        }
    }

    [Fact]
    public void FilesAreUtf8WithoutByteOrderMarkAndKeepChineseReadable()
    {
        foreach (var file in Data.Files)
        {
            var bytes = file.Content.Span;
            (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF).ShouldBeFalse(file.FileName);
            DemoJsonFiles.Text(file).ShouldNotContain("\\u", Case.Sensitive, $"{file.FileName} escapes characters");
        }

        DemoJsonFiles.Text(Data[DemoFileRole.Inputs]).ShouldContain("出院诊断");
    }
}
