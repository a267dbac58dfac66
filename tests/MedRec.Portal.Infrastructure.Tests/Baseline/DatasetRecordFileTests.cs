using System.Text;
using MedRec.Portal.Infrastructure.Baseline.Records;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class DatasetRecordFileTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ReadsAJsonArrayWithBareNaNAsNull()
    {
        var records = DatasetRecordFile.Read(Utf8("""[{"病案标识": "ZY1", "主诉": NaN, "现病史": "NaN 不是值"}]"""), "病案标识");

        records.Count.ShouldBe(1);
        records[0].Id.ShouldBe("ZY1");
        records[0].Fields["主诉"].ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        records[0].Fields["现病史"].GetString().ShouldBe("NaN 不是值");
    }

    [Fact]
    public void ReadsJsonLinesWithCrLfAndAByteOrderMark()
    {
        var records = DatasetRecordFile.Read(Utf8("\uFEFF{\"就诊标识\": \"1-1\"}\r\n\r\n{\"就诊标识\": \"1-2\"}\r\n"), "就诊标识");

        records.Select(r => r.Id).ShouldBe(["1-1", "1-2"]);
    }

    [Fact]
    public void RejectsARecordWithoutItsIdentifierSayingWhich()
    {
        var error = Should.Throw<InvalidDataException>(() => DatasetRecordFile.Read(Utf8("""[{"就诊标识": "1-1"}, {"主诉": "x"}]"""), "就诊标识"));

        error.Message.ShouldContain("record 2");
        error.Message.ShouldContain("就诊标识");
    }

    [Fact]
    public void RejectsABrokenJsonLineWithItsLineNumber()
    {
        var error = Should.Throw<InvalidDataException>(() => DatasetRecordFile.Read(Utf8("{\"id\": \"a\"}\n{\"id\": \n"), "id"));

        error.Message.ShouldContain("line 2");
    }

    [Fact]
    public void RejectsAFileThatIsNotUtf8()
    {
        var gbk = new byte[] { (byte)'[', (byte)'{', (byte)'"', 0xD0, 0xD8, (byte)'"', (byte)':', (byte)'1', (byte)'}', (byte)']' };

        Should.Throw<InvalidDataException>(() => DatasetRecordFile.Read(new MemoryStream(gbk), "id")).Message.ShouldContain("UTF-8");
    }
}
