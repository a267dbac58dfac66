using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// Streams one table into its worksheet part, element by element. The column widths come first in the file, so the
/// rows are measured in a pass before they are written; nothing else of the sheet is kept.
/// </summary>
internal sealed class XlsxSheetWriter(OpenXmlWriter writer, ExportWorkbook workbook, XlsxSharedStrings strings)
{
    /// <summary>
    /// What ClosedXML adds to a column's width when it saves (and takes off when it loads): the cell padding in
    /// Excel's width units. Written the same way, the columns are as wide as ClosedXML made them.
    /// </summary>
    private const double ColumnWidthOffset = 0.710625;

    // One element of each kind, reused for every row and cell: OpenXmlWriter writes only its name and the
    // attributes given with it, so the sheet allocates no element per cell.
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly List<OpenXmlAttribute> _attributes = new(3);

    /// <summary>The table's cells, header included: A1 to the last column and row (A1:K1 when it has no rows).</summary>
    public static string TableRange(ExportTable table) =>
        XlsxCellReference.Range(table.Columns.Count, Math.Max(1, table.Rows.Count + 1));

    public void Write(ExportTable table, bool selected)
    {
        var columnCount = table.Columns.Count;
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        if (columnCount > 0)
        {
            // Printed (or saved as PDF) for the overview paper: fit to one page width (with PageSetup below).
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(new SheetDimension { Reference = TableRange(table) });
        }

        writer.WriteElement(new SheetViews(SheetView(selected, frozenHeader: columnCount > 0)));
        if (columnCount > 0)
        {
            writer.WriteElement(Columns(table));
        }

        writer.WriteStartElement(new SheetData());
        if (columnCount > 0)
        {
            WriteHeader(table);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                WriteRow(table, r);
            }
        }

        writer.WriteEndElement();
        if (columnCount > 0)
        {
            writer.WriteElement(new AutoFilter { Reference = TableRange(table) });
            writer.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
            // Landscape, every column on one page width, as many pages down as it takes; the header row repeats
            // through the workbook's _xlnm.Print_Titles name (XlsxWorkbookXml).
            writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        }

        writer.WriteEndElement();
    }

    /// <summary>The first row frozen: the pane below it scrolls, the header stays.</summary>
    private static SheetView SheetView(bool selected, bool frozenHeader)
    {
        var view = new SheetView { TabSelected = selected, WorkbookViewId = 0 };
        if (frozenHeader)
        {
            view.Append(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }

        return view;
    }

    /// <summary>Widths that fit the header (plus its filter button) and the widest value as shown, Chinese counted double.</summary>
    private Columns Columns(ExportTable table)
    {
        var columnCount = table.Columns.Count;
        var widths = new int[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            widths[c] = DisplayWidth.Of(table.Columns[c].Header) + 2; // room for the filter button
        }

        foreach (var row in table.Rows)
        {
            for (var c = 0; c < columnCount && c < row.Count; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(CellText.Shown(row[c], workbook, table.Columns[c].Kind)));
            }
        }

        var columns = new Columns();
        for (var c = 0; c < columnCount; c++)
        {
            var width = Math.Round(DisplayWidth.Column(widths[c]) + ColumnWidthOffset, 6);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    private void WriteHeader(ExportTable table)
    {
        StartRow(1);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            WriteText(c + 1, 1, table.Columns[c].Header, XlsxStyles.Header);
        }

        writer.WriteEndElement();
    }

    private void WriteRow(ExportTable table, int index)
    {
        var rowNumber = index + 2;
        var row = table.Rows[index];
        var highlighted = table.IsHighlighted(index);
        StartRow(rowNumber);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var value = c < row.Count ? row[c] : null;
            var kind = table.Columns[c].Kind;
            WriteCell(c + 1, rowNumber, value, XlsxStyles.Body(kind, value is not null and not string and not bool, highlighted), highlighted);
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Typed cells: numbers as numbers, instants as Excel serial dates (OADate) shown through the column's date
    /// format, text and flags as shared strings. Nothing is written as a formula, so a team called "=HYPERLINK(...)"
    /// stays text.
    /// </summary>
    private void WriteCell(int column, int rowNumber, object? value, uint style, bool highlighted)
    {
        switch (value)
        {
            case null:
                // Empty cells are left out, except in highlighted rows, whose fill spans the whole row.
                if (highlighted)
                {
                    StartCell(column, rowNumber, style, type: null);
                    writer.WriteEndElement();
                }

                break;
            case string text:
                WriteText(column, rowNumber, CellText.Limit(text), style);
                break;
            case bool flag:
                WriteText(column, rowNumber, flag ? workbook.YesText : workbook.NoText, style);
                break;
            case int number:
                WriteNumber(column, rowNumber, number.ToString(CultureInfo.InvariantCulture), style);
                break;
            case long number:
                WriteNumber(column, rowNumber, number.ToString(CultureInfo.InvariantCulture), style);
                break;
            case double number when double.IsFinite(number):
                WriteNumber(column, rowNumber, number.ToString("R", CultureInfo.InvariantCulture), style);
                break;
            case DateTime instant:
                WriteNumber(column, rowNumber, instant.ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                break;
            case DateOnly day:
                WriteNumber(column, rowNumber, day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                break;
            default:
                // Anything else (NaN, a value of a type the tables do not use) as the text CSV shows for it.
                WriteText(column, rowNumber, CellText.Limit(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""), XlsxStyles.Body(ExportColumnKind.Text, typedValue: false, highlighted));
                break;
        }
    }

    private void WriteText(int column, int rowNumber, string text, uint style)
    {
        StartCell(column, rowNumber, style, type: "s");
        WriteValue(strings.Add(text).ToString(CultureInfo.InvariantCulture));
    }

    private void WriteNumber(int column, int rowNumber, string number, uint style)
    {
        StartCell(column, rowNumber, style, type: null);
        WriteValue(number);
    }

    private void StartRow(int rowNumber)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", rowNumber.ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(_row, _attributes);
    }

    private void StartCell(int column, int rowNumber, uint style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", XlsxCellReference.Cell(column, rowNumber)));
        if (style != 0)
        {
            _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        writer.WriteStartElement(_cell, _attributes);
    }

    /// <summary>The cell's value, then the end of the cell StartCell opened.</summary>
    private void WriteValue(string value)
    {
        writer.WriteStartElement(_value);
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
