namespace MedRec.Portal.Application.Features.Exports;

/// <summary>
/// One table of an export: a sheet of the workbook, a CSV file of the .zip. <see cref="Key"/> is an ASCII name for
/// the CSV file (e.g. <c>board-A-live</c>); <see cref="Title"/> is the sheet name in the export's language, which
/// the writer makes valid for Excel. Each row has one value per column: string, long/int, double, DateTime,
/// DateOnly, bool or null. <see cref="HighlightedRows"/> are drawn apart (baseline rows on a board).
/// </summary>
public sealed record ExportTable(
    string Key,
    string Title,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlySet<int>? HighlightedRows = null)
{
    /// <summary>Whether the zero-based row is one to draw apart.</summary>
    public bool IsHighlighted(int rowIndex) => HighlightedRows?.Contains(rowIndex) == true;
}
