using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Infrastructure.Exports;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Infrastructure.Tests.Exports;

public sealed class CsvWriterTests
{
    private static readonly ExportWorkbook Book = new("t", [], "yes", "no");

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 10", "'+86 10")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Team = best", "Team = best")]
    [InlineData("华西医院", "华西医院")]
    [InlineData("", "")]
    public void PrefixesTextThatASpreadsheetWouldRunAsAFormula(string text, string written) => CsvWriter.Neutralise(text).ShouldBe(written);

    [Fact]
    public void QuotesCommasQuotesAndLineBreaksAndLeavesNumbersUnprefixed()
    {
        var table = new ExportTable("t", "t",
            [new("Name"), new("Value", ExportColumnKind.Metric), new("Note")],
            [new object?[] { "a,b", -0.5, "say \"hi\"\nbye" }, new object?[] { "=cmd|' /C calc'!A0", null, "" }]);
        using var writer = new StringWriter();

        CsvWriter.WriteTable(Book, table, writer);

        var rows = CsvFiles.Parse(writer.ToString());
        rows.Count.ShouldBe(3);
        rows[1].ShouldBe(["a,b", "-0.5", "say \"hi\"\nbye"]);
        rows[2].ShouldBe(["'=cmd|' /C calc'!A0", "", ""]);
        writer.ToString().ShouldContain("\r\n");
    }

    [Fact]
    public void CellsLongerThanExcelAllowsAreCutWithAMarker()
    {
        var text = new string('x', 40_000);

        var cut = CellText.Limit(text);

        cut.Length.ShouldBe(CellText.MaxCellLength);
        cut.ShouldEndWith("32767 characters]");
    }
}
