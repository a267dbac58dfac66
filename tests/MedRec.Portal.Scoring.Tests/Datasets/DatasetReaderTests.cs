using System.Text;
using MedRec.Portal.Scoring.Datasets;

namespace MedRec.Portal.Scoring.Tests.Datasets;

public sealed class DatasetReaderTests
{
    private const string Key = "就诊标识";

    private static List<DatasetRecord> Read(string text, bool bom = false) => [.. DatasetReader.Read(TestInput.Utf8(text, bom), Key)];

    [Fact]
    public void ReadsJsonArray()
    {
        var records = Read("""[{"就诊标识": "1-1", "性别": "女"}, {"就诊标识": "1-2", "性别": "男"}]""");

        records.Select(record => record.Id).ShouldBe(["1-1", "1-2"]);
        records[1].GetText("性别").ShouldBe("男");
        records[1].RecordNumber.ShouldBe(2);
    }

    [Fact]
    public void ReadsJsonLinesWithCrlfAndBlankLines()
    {
        var records = Read("{\"就诊标识\": \"1-1\"}\r\n\r\n{\"就诊标识\": \"1-2\"}\r\n{\"就诊标识\": \"2-1\"}\r\n");

        records.Select(record => record.Id).ShouldBe(["1-1", "1-2", "2-1"]);
        records.Select(record => record.Line).ShouldBe([1, 3, 4]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadsWithOrWithoutByteOrderMark(bool bom)
    {
        Read("{\"就诊标识\": \"1-1\"}\n{\"就诊标识\": \"1-2\"}\n", bom).Count.ShouldBe(2);
        Read("[{\"就诊标识\": \"1-1\"}]", bom).Single().Id.ShouldBe("1-1");
    }

    [Fact]
    public void ReadsBareNaNAndInfinityAsNull()
    {
        var record = Read("""[{"就诊标识": "1-1", "BMI": NaN, "a": Infinity, "b": -Infinity, "c": [NaN, 1.5]}]""").Single();

        record.GetNumber("BMI").ShouldBeNull();
        record.GetText("BMI").ShouldBe(string.Empty);
        record.GetText("a").ShouldBe(string.Empty);
        record.GetText("b").ShouldBe(string.Empty);
        record.GetText("c").ShouldBe("[null, 1.5]");
    }

    [Fact]
    public void LeavesOrdinaryNegativeNumbersAlone()
    {
        var record = Read("""[{"就诊标识": "1-1", "a": -5, "b": -0.25e-3}]""").Single();

        record.GetNumber("a").ShouldBe(-5);
        record.GetText("b").ShouldBe("-0.25e-3");
    }

    [Fact]
    public void RejectsADatasetThatIsNotUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"就诊标识\": \"").Concat(new byte[] { 0xB0, 0xA2 }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();

        var error = Should.Throw<DatasetFormatException>(() => DatasetReader.Read(new MemoryStream(bytes), Key).ToList());
        error.Message.ShouldContain("UTF-8");
        error.Line.ShouldBe(1);
    }

    [Fact]
    public void LeavesNaNInsideStringsAlone()
    {
        var record = Read("""[{"就诊标识": "1-1", "主诉": "NaN Infinity -Infinity \"NaN\""}]""").Single();

        record.GetText("主诉").ShouldBe("NaN Infinity -Infinity \"NaN\"");
    }

    [Fact]
    public void NullFieldsReadAsEmptyText()
    {
        var record = Read("""{"就诊标识": "1-1", "现病史": null, "出院带药列表": null}""").Single();

        record.GetText("现病史").ShouldBe(string.Empty);
        record.GetText("absent").ShouldBe(string.Empty);
        record.GetStrings("出院带药列表").ShouldBeEmpty();
    }

    [Fact]
    public void KeepsNumbersAsTheirJsonTextAndListsAsItems()
    {
        var record = Read("""{"就诊标识": "1-1", "患者序号": 12, "BMI": 29.40, "出院诊断": ["甲", "乙"]}""").Single();

        record.GetText("患者序号").ShouldBe("12");
        record.GetText("BMI").ShouldBe("29.40");
        record.GetNumber("BMI").ShouldBe(29.4);
        record.GetStrings("出院诊断").ShouldBe(["甲", "乙"]);
        record.GetText("出院诊断", "；").ShouldBe("甲；乙");
        record.Keys.ShouldBe([Key, "患者序号", "BMI", "出院诊断"]);
    }

    [Fact]
    public void NormalisesIdentifiers()
    {
        Read("""{"就诊标识": " １-２ "}""").Single().Id.ShouldBe("1-2");
    }

    [Fact]
    public void MissingIdentifierNamesRecordAndLine()
    {
        var error = Should.Throw<DatasetFormatException>(() => Read("{\"就诊标识\": \"1-1\"}\n{\"other\": 1}\n"));

        error.RecordNumber.ShouldBe(2);
        error.Line.ShouldBe(2);
        error.Message.ShouldContain("就诊标识");
    }

    [Fact]
    public void DuplicateIdentifierNamesBothRecords()
    {
        var error = Should.Throw<DatasetFormatException>(() => Read("[\n{\"就诊标识\": \"1-1\"},\n{\"就诊标识\": \"1-2\"},\n{\"就诊标识\": \"1-1\"}\n]"));

        error.RecordNumber.ShouldBe(3);
        error.Line.ShouldBe(4);
        error.Message.ShouldContain("first in record 1");
    }

    [Fact]
    public void BrokenJsonGivesLineAndColumn()
    {
        var error = Should.Throw<DatasetFormatException>(() => Read("{\"就诊标识\": \"1-1\"}\n{\"就诊标识\": \"1-2\" \"x\": 1}\n"));

        error.Line.ShouldBe(2);
        error.Column.ShouldBe(16);
    }

    [Fact]
    public void RecordThatIsNotAnObjectIsAnError()
    {
        Should.Throw<DatasetFormatException>(() => Read("[{\"就诊标识\": \"1-1\"}, 5]")).RecordNumber.ShouldBe(2);
    }

    [Fact]
    public void ReadsLargeFilesAcrossManyBufferRefills()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            text.Append("{\"就诊标识\": \"").Append(i).Append("\", \"BMI\": NaN, \"text\": \"").Append('病', 200).Append("\"}\n");
        }

        // One record far larger than the initial 64 KiB buffer.
        text.Append("{\"就诊标识\": \"big\", \"text\": \"").Append('x', 300_000).Append("\"}\n");

        var records = Read(text.ToString());
        records.Count.ShouldBe(3001);
        records[2999].GetText("text").Length.ShouldBe(200);
        records[3000].GetText("text").Length.ShouldBe(300_000);
        records[3000].Line.ShouldBe(3001);
    }

    [Fact]
    public void ReadsCorrectlyWhenTheStreamDeliversAFewBytesAtATime()
    {
        const string text = "[{\"就诊标识\": \"1-1\", \"BMI\": NaN, \"v\": -Infinity, \"t\": \"中NaN文\"},\r\n{\"就诊标识\": \"1-2\", \"BMI\": Infinity}]";
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var chunk = 1; chunk <= 7; chunk++)
        {
            var records = DatasetReader.Read(new TrickleStream(bytes, chunk), Key).ToList();

            records.Count.ShouldBe(2);
            records[0].GetText("t").ShouldBe("中NaN文");
            records[0].GetText("v").ShouldBe(string.Empty);
            records[1].GetText("BMI").ShouldBe(string.Empty);
        }
    }

    [Fact]
    public async Task AsynchronousReadGivesTheSameRecords()
    {
        const string text = "{\"就诊标识\": \"1-1\", \"a\": NaN}\n{\"就诊标识\": \"1-2\"}\n";
        var records = new List<DatasetRecord>();
        await foreach (var record in DatasetReader.ReadAsync(TestInput.Utf8(text), Key, TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        records.Select(record => record.Id).ShouldBe(["1-1", "1-2"]);
    }
}
