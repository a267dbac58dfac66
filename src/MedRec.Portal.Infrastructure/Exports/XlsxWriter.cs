using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// Writes each table as a worksheet: a bold, shaded header row that stays frozen while scrolling, an auto-filter,
/// metrics as numbers shown with 4 decimals, instants as real dates, highlighted rows (baselines) shaded, and column
/// widths computed from the text with Chinese characters counted double.
/// <para>
/// Streamed with the Open XML SDK's <see cref="OpenXmlWriter"/>: each part is written as XML into its package entry
/// with no cell model in memory (ClosedXML's took 4.8 GB of allocations and 10 s for 50,000 submissions,
/// docs/benchmarks.md "Results export"). What stays in memory: the shared-string table, whose part is written after
/// the sheets that use it, and each part's XML until the package is closed, because System.IO.Packaging keeps the
/// entries of a read-write zip (the only mode the SDK 2.20 accepts) uncompressed until then.
/// </para>
/// </summary>
public static class XlsxWriter
{
    public const string MetricFormat = "0.0000";

    public const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";

    public const string DateFormat = "yyyy-mm-dd";

    public static readonly XLColor HeaderFill = XLColor.FromHtml("#DCE6F1");

    public static readonly XLColor HighlightFill = XLColor.FromHtml("#FFF2CC");

    public static void Write(ExportWorkbook workbook, Stream output)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(output);

        // The SDK opens its package read-write (2.20 refuses a write-only one), which needs a seekable stream; the
        // export handler passes a MemoryStream, anything else is buffered.
        if (!output.CanSeek || !output.CanRead)
        {
            using var buffer = new MemoryStream();
            Write(workbook, buffer);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: false))
        {
            var workbookPart = document.AddWorkbookPart();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            var sharedStringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
            var names = new SheetNames();
            var sheets = workbook.Tables
                .Select(table => (Table: table, Name: names.Claim(table.Title), Part: workbookPart.AddNewPart<WorksheetPart>()))
                .ToList();

            // Each part is written once, in order: the small parts first, then the sheets, then the strings they
            // collected.
            WritePart(workbookPart, XlsxWorkbookXml.Build(sheets.Select(s => (s.Name, workbookPart.GetIdOfPart(s.Part), s.Table)).ToList()));
            WritePart(stylesPart, XlsxStyles.Stylesheet());
            var strings = new XlsxSharedStrings();
            for (var i = 0; i < sheets.Count; i++)
            {
                using var writer = OpenXmlWriter.Create(sheets[i].Part);
                new XlsxSheetWriter(writer, workbook, strings).Write(sheets[i].Table, selected: i == 0);
            }

            using (var writer = OpenXmlWriter.Create(sharedStringsPart))
            {
                strings.Write(writer);
            }
        }
    }

    private static void WritePart(OpenXmlPart part, OpenXmlElement root)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteElement(root);
    }

    /// <summary>The number format a column's typed values are shown with; null is General (text, flags, empty cells).</summary>
    internal static string? Format(ExportColumnKind kind) => kind switch
    {
        ExportColumnKind.Metric => MetricFormat,
        ExportColumnKind.Integer => "0",
        ExportColumnKind.DateTime => DateTimeFormat,
        ExportColumnKind.Date => DateFormat,
        _ => null,
    };
}
