using ClosedXML.Excel;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// Writes each table as a worksheet (ClosedXML): a bold, shaded header row that stays frozen while scrolling, an
/// auto-filter, metrics as numbers shown with 4 decimals, instants as real dates, highlighted rows (baselines)
/// shaded, and column widths computed from the text with Chinese characters counted double.
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
        using var book = new XLWorkbook();
        var names = new SheetNames();
        foreach (var table in workbook.Tables)
        {
            WriteSheet(book.Worksheets.Add(names.Claim(table.Title)), workbook, table);
        }

        using var buffer = new MemoryStream();
        book.SaveAs(buffer);
        StylesheetRepair.RemoveEmptyNumberFormats(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WriteSheet(IXLWorksheet sheet, ExportWorkbook workbook, ExportTable table)
    {
        var columnCount = table.Columns.Count;
        var widths = new int[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(table.Columns[c].Header);
            widths[c] = DisplayWidth.Of(table.Columns[c].Header) + 2; // room for the filter button
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < columnCount && c < row.Count; c++)
            {
                var kind = table.Columns[c].Kind;
                var cell = sheet.Cell(r + 2, c + 1);
                SetValue(cell, row[c], workbook);
                if (row[c] is not null and not string and not bool && Format(kind) is { } format)
                {
                    cell.Style.NumberFormat.Format = format;
                }

                widths[c] = Math.Max(widths[c], DisplayWidth.Of(CellText.Shown(row[c], workbook, kind)));
            }
        }

        var lastRow = Math.Max(1, table.Rows.Count + 1);
        for (var c = 0; c < columnCount; c++)
        {
            sheet.Column(c + 1).Width = DisplayWidth.Column(widths[c]);
        }

        if (columnCount == 0)
        {
            return;
        }

        var headerRow = sheet.Range(1, 1, 1, columnCount);
        headerRow.Style.Font.Bold = true;
        headerRow.Style.Fill.BackgroundColor = HeaderFill;
        headerRow.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        headerRow.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.SheetView.FreezeRows(1);

        // Printed (or saved as PDF) for the overview paper: landscape, every column on one page width, header repeated.
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        sheet.Range(1, 1, lastRow, columnCount).SetAutoFilter();

        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.IsHighlighted(r))
            {
                var highlighted = sheet.Range(r + 2, 1, r + 2, columnCount);
                highlighted.Style.Fill.BackgroundColor = HighlightFill;
                highlighted.Style.Font.Italic = true;
            }
        }
    }

    /// <summary>Typed cells; text goes through SetValue, which stores it as text and never as a formula.</summary>
    private static void SetValue(IXLCell cell, object? value, ExportWorkbook workbook)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetValue(CellText.Limit(text));
                cell.DataType = XLDataType.Text;
                break;
            case bool flag:
                cell.SetValue(flag ? workbook.YesText : workbook.NoText);
                break;
            case int number:
                cell.SetValue(number);
                break;
            case long number:
                cell.SetValue(number);
                break;
            case double number:
                cell.SetValue(number);
                break;
            case DateTime instant:
                cell.SetValue(DateTime.SpecifyKind(instant, DateTimeKind.Unspecified));
                break;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                break;
            default:
                cell.SetValue(CellText.Limit(value.ToString() ?? ""));
                cell.DataType = XLDataType.Text;
                break;
        }
    }

    private static string? Format(ExportColumnKind kind) => kind switch
    {
        ExportColumnKind.Metric => MetricFormat,
        ExportColumnKind.Integer => "0",
        ExportColumnKind.DateTime => DateTimeFormat,
        ExportColumnKind.Date => DateFormat,
        _ => null,
    };
}
