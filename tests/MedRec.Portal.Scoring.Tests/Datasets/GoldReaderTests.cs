using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Gold;

namespace MedRec.Portal.Scoring.Tests.Datasets;

public sealed class GoldReaderTests
{
    [Fact]
    public void ReadsCDrugRedGoldFromJsonLines()
    {
        var gold = CDrugRedGold.Read(TestInput.Utf8("{\"就诊标识\": \"1-1\", \"出院带药列表\": [\"Alphazol\", \" Betamin \", \"\", \"Alphazol\"]}\n{\"就诊标识\": \"1-2\", \"出院带药列表\": null}\n"));

        gold.Ids.ShouldBe(["1-1", "1-2"]);
        gold.Records[0].Drugs.ShouldBe(["Alphazol", "Betamin"], ignoreOrder: true);
        gold.Records[1].Drugs.ShouldBeEmpty();
    }

    [Fact]
    public void RejectsCDrugRedInputsUsedAsGold()
    {
        var error = Should.Throw<DatasetFormatException>(() => CDrugRedGold.Read(TestInput.Utf8("{\"就诊标识\": \"1-1\", \"主诉\": \"x\"}\n")));

        error.Message.ShouldContain("出院带药列表");
        error.RecordNumber.ShouldBe(1);
    }

    [Fact]
    public void ReadsIcdGoldSplittingAdditionalCodesOnSemicolons()
    {
        var gold = IcdGold.Read(TestInput.Utf8("""
            [{"病案标识": "r1", "主要诊断编码": "I21.401", "其他诊断编码": "E11.900;E78.500; "},
             {"病案标识": "r2", "主要诊断编码": "I20.000", "其他诊断编码": null}]
            """));

        gold.Records[0].PrimaryCode.ShouldBe("I21.401");
        gold.Records[0].OtherCodes.ShouldBe(["E11.900", "E78.500"], ignoreOrder: true);
        gold.Records[1].OtherCodes.ShouldBeEmpty();
    }

    [Fact]
    public void RejectsIcdGoldWithoutAPrimaryCode()
    {
        Should.Throw<DatasetFormatException>(() => IcdGold.Read(TestInput.Utf8("""[{"病案标识": "r1", "主要诊断编码": NaN}]"""))).Message.ShouldContain("主要诊断编码");
    }

    [Fact]
    public async Task ReadsGoldAsynchronouslyForTheTask()
    {
        var gold = await GoldSet.ReadAsync(TestInput.Icd, TestInput.Utf8("""{"病案标识": "r1", "主要诊断编码": "I21.401", "其他诊断编码": "E11.900"}"""), TestContext.Current.CancellationToken);

        gold.ShouldBeOfType<IcdGold>().Count.ShouldBe(1);
        gold.IdSet.ShouldContain("r1");
    }
}
