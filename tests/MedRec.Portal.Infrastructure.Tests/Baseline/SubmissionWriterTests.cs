using System.Text;
using System.Text.Json;
using MedRec.Portal.Infrastructure.Baseline.Decoding;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class SubmissionWriterTests
{
    [Fact]
    public void WritesCDrugRedRowsWithIdAndPredictionList()
    {
        var json = SubmissionWriter.WriteCDrugRed([new CDrugRedBaselinePrediction("1-1", ["阿司匹林肠溶片", "氯吡格雷"]), new CDrugRedBaselinePrediction("2-1", [])]);

        var text = Encoding.UTF8.GetString(json);
        text.ShouldBe("""[{"ID":"1-1","prediction":["阿司匹林肠溶片","氯吡格雷"]},{"ID":"2-1","prediction":[]}]""");
        json[0].ShouldBe((byte)'[');
    }

    [Fact]
    public void WritesIcdRowsInTheBracketedPrimaryBarAdditionalFormat()
    {
        var json = SubmissionWriter.WriteIcd([new IcdBaselinePrediction("ZY01", "I21.401", ["I10.x00x032", "E11.900"])]);

        using var document = JsonDocument.Parse(json);
        var row = document.RootElement[0];
        row.GetProperty("病案标识").GetString().ShouldBe("ZY01");
        row.GetProperty("预测结果").GetString().ShouldBe("[I21.401|I10.x00x032;E11.900]");
    }
}
