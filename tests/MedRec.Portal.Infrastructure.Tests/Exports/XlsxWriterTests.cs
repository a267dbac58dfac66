using ClosedXML.Excel;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Infrastructure.Exports;

namespace MedRec.Portal.Infrastructure.Tests.Exports;

/// <summary>The streamed workbook on values the database world does not produce, read back with ClosedXML.</summary>
public sealed class XlsxWriterTests
{
    [Fact]
    public void TextThatXmlCannotCarryReadsBackAsWritten()
    {
        string[] texts = ["bell\u0007 and nul\0", "  padded  ", "line\nbreak", "emoji 🙂 and 华西"];
        var table = new ExportTable("t", "Texts", [new("Text")], [.. texts.Select(t => (IReadOnlyList<object?>)[t])]);

        using var book = Write(new ExportWorkbook("t", [table], "yes", "no"));

        var sheet = book.Worksheet("Texts");
        texts.Select((_, i) => sheet.Cell(i + 2, 1).GetString()).ShouldBe(texts);
    }

    [Theory]
    [InlineData("a_x0041_b", "a_x005F_x0041_b")]
    [InlineData("snake_case_x", "snake_case_x")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("\u0001", "_x0001_")]
    [InlineData("🙂", "🙂")]
    public void EscapesWhatXmlCannotCarryAndUnderscoresThatWouldBeDecoded(string text, string stored)
    {
        // LibreOffice shows "a_x005F_x0041_b" as a_x0041_b, as ECMA-376 says; ClosedXML 0.95 decodes it twice (to
        // "aAb"), so this is checked on the stored text rather than read back.
        XlsxSharedStrings.Escape(text).ShouldBe(stored);
    }

    [Fact]
    public void RepeatedTextIsStoredOnceAndEveryCellStillReadsIt()
    {
        var rows = Enumerable.Range(0, 50).Select(i => (IReadOnlyList<object?>)[i % 2 == 0 ? "华西医院临床智能队" : "scored", i]).ToList();
        var table = new ExportTable("t", "Rows", [new("Team"), new("N", ExportColumnKind.Integer)], rows);
        using var output = new MemoryStream();

        XlsxWriter.Write(new ExportWorkbook("t", [table], "yes", "no"), output);

        using (var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), isEditable: false))
        {
            var strings = package.WorkbookPart!.SharedStringTablePart!.SharedStringTable!;
            strings.UniqueCount!.Value.ShouldBe(4U, "two headers and two distinct values");
            strings.Count!.Value.ShouldBe(52U);
        }

        using var book = new XLWorkbook(new MemoryStream(output.ToArray()));
        var sheet = book.Worksheet("Rows");
        sheet.Cell(51, 1).GetString().ShouldBe("scored");
        sheet.Cell(51, 2).GetValue<int>().ShouldBe(49);
    }

    [Fact]
    public void NonFiniteMetricsAndUnknownValuesBecomeTextAndEmptyTablesHaveJustTheirHeader()
    {
        var table = new ExportTable("t", "Odd", [new("Score", ExportColumnKind.Metric), new("Other")],
            [new object?[] { double.NaN, Guid.Empty }, new object?[] { 0.5 }]);
        var empty = new ExportTable("e", "Empty", [new("Only")], []);

        using var book = Write(new ExportWorkbook("t", [table, empty], "yes", "no"));

        var sheet = book.Worksheet("Odd");
        sheet.Cell(2, 1).GetString().ShouldBe("NaN");
        sheet.Cell(2, 2).GetString().ShouldBe(Guid.Empty.ToString());
        sheet.Cell(3, 1).GetDouble().ShouldBe(0.5);
        sheet.Cell(3, 2).IsEmpty().ShouldBeTrue("a short row leaves its last cells empty");
        book.Worksheet("Empty").RowsUsed().Count().ShouldBe(1);
        book.Worksheet("Empty").AutoFilter.IsEnabled.ShouldBeTrue();
    }

    [Fact]
    public void EveryPartIsValidAgainstTheOpenXmlSchema()
    {
        var table = new ExportTable("t", "All 'kinds'",
            [new("Text"), new("N", ExportColumnKind.Integer), new("Score", ExportColumnKind.Metric), new("At", ExportColumnKind.DateTime),
             new("Day", ExportColumnKind.Date), new("Flag", ExportColumnKind.Flag)],
            [new object?[] { "华西", 1, 0.5, new DateTime(2025, 6, 10, 4, 0, 0), new DateOnly(2025, 6, 10), true },
             new object?[] { null, null, null, null, null, false }],
            new HashSet<int> { 1 });
        using var output = new MemoryStream();

        XlsxWriter.Write(new ExportWorkbook("t", [table, new ExportTable("e", "Empty", [], [])], "yes", "no"), output);

        // What a strict reader checks: the SDK's own schema validator (Office 2019 rules) finds nothing.
        using var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), isEditable: false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package, TestContext.Current.CancellationToken);
        errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        using var book = new XLWorkbook(new MemoryStream(output.ToArray()));
        book.Worksheet("All 'kinds'").Cell(3, 6).GetString().ShouldBe("no");
        book.Worksheet("All 'kinds'").PageSetup.FirstRowToRepeatAtTop.ShouldBe(1, "a quoted apostrophe in the sheet name still resolves");
    }

    [Fact]
    public void WritesToAStreamThatCannotSeek()
    {
        var table = new ExportTable("t", "One", [new("A")], [new object?[] { "x" }]);
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        XlsxWriter.Write(new ExportWorkbook("t", [table], "yes", "no"), forwardOnly);

        using var book = new XLWorkbook(new MemoryStream(target.ToArray()));
        book.Worksheet("One").Cell(2, 1).GetString().ShouldBe("x");
    }

    private static XLWorkbook Write(ExportWorkbook workbook)
    {
        using var output = new MemoryStream();
        XlsxWriter.Write(workbook, output);
        return new XLWorkbook(new MemoryStream(output.ToArray()));
    }

    /// <summary>Like an HTTP response body: write only, no seeking.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
