using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// The workbook's stylesheet, built once with exactly the cell formats the sheets use, and the index of each.
/// Only real custom number formats are declared (ids from 164, where custom ones start); "0" is the built-in id 1.
/// ClosedXML 0.95 declared an empty <c>numFmt</c> with id 0 that strict readers flagged as damaged content; a
/// stylesheet made here has nothing of the kind.
/// </summary>
internal static class XlsxStyles
{
    /// <summary>The bold, shaded header cell with a bottom border.</summary>
    public const uint Header = 1;

    // Fonts: 0 regular, 1 bold (header), 2 italic (highlighted rows). Fills: 0 none, 1 gray125 (both required by
    // Excel in that place), 2 header, 3 highlight. Borders: 0 none, 1 thin bottom.
    private const uint BoldFont = 1, ItalicFont = 2, HeaderFillId = 2, HighlightFillId = 3, BottomBorder = 1;

    private const uint MetricFormatId = 164, DateTimeFormatId = 165, DateFormatId = 166, IntegerFormatId = 1;

    // Cell formats after the default (0) and the header (1): for body rows, then for highlighted rows, one per
    // number format in this order.
    private static readonly uint[] NumberFormats = [0, IntegerFormatId, MetricFormatId, DateTimeFormatId, DateFormatId];

    private const uint FirstBody = 2;

    /// <summary>
    /// The style of a body cell: the column's number format for typed values (null for text, flags and empty cells,
    /// as <see cref="XlsxWriter.Format"/> says) and the highlight for baseline rows. 0, the default, is not written.
    /// </summary>
    public static uint Body(ExportColumnKind kind, bool typedValue, bool highlighted)
    {
        var format = typedValue ? FormatSlot(kind) : 0;
        if (!highlighted && format == 0)
        {
            return 0;
        }

        return FirstBody + (highlighted ? (uint)NumberFormats.Length : 0) + (uint)format;
    }

    public static Stylesheet Stylesheet()
    {
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = BoldFont, FillId = HeaderFillId, BorderId = BottomBorder, FormatId = 0,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            });
        foreach (var highlighted in new[] { false, true })
        {
            foreach (var format in NumberFormats)
            {
                cellFormats.Append(new CellFormat
                {
                    NumberFormatId = format, FontId = highlighted ? ItalicFont : 0, FillId = highlighted ? HighlightFillId : 0,
                    BorderId = 0, FormatId = 0, ApplyNumberFormat = format != 0, ApplyFont = highlighted, ApplyFill = highlighted,
                });
            }
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = MetricFormatId, FormatCode = XlsxWriter.MetricFormat },
                new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = XlsxWriter.DateTimeFormat },
                new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = XlsxWriter.DateFormat }) { Count = 3 },
            new Fonts(Font(), Font(new Bold()), Font(new Italic())) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid(XlsxWriter.HeaderFill),
                Solid(XlsxWriter.HighlightFill)) { Count = 4 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static int FormatSlot(ExportColumnKind kind) => XlsxWriter.Format(kind) switch
    {
        "0" => 1,
        XlsxWriter.MetricFormat => 2,
        XlsxWriter.DateTimeFormat => 3,
        XlsxWriter.DateFormat => 4,
        _ => 0,
    };

    // The font ClosedXML wrote by default, so rows are as tall and text as wide as before.
    private static Font Font(params OpenXmlElement[] emphasis) =>
        new([.. emphasis, new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }]);

    private static Fill Solid(XLColor color) =>
        new(new PatternFill(
            new ForegroundColor { Rgb = color.Color.ToArgb().ToString("X8", CultureInfo.InvariantCulture) },
            new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
}
