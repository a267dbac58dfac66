using System.Globalization;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>How a value reads as text: in CSV files and for measuring column widths.</summary>
public static class CellText
{
    /// <summary>Excel's limit on one cell's text; longer values (large audit JSON) are cut with a marker.</summary>
    public const int MaxCellLength = 32_767;

    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public const string DateFormat = "yyyy-MM-dd";

    private const string CutMarker = "…[cut: Excel cells hold at most 32767 characters]";

    /// <summary>
    /// The value as invariant text. Metrics keep full precision ("R") so CSV users can re-rank exactly; the workbook
    /// shows them with 4 decimals instead (it stores the exact value).
    /// </summary>
    public static string Format(object? value, ExportWorkbook workbook, ExportColumnKind kind)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return value switch
        {
            null => "",
            string text => Limit(text),
            bool flag => flag ? workbook.YesText : workbook.NoText,
            DateTime instant => instant.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
            DateOnly day => day.ToString(DateFormat, CultureInfo.InvariantCulture),
            double number when kind == ExportColumnKind.Metric => number.ToString("R", CultureInfo.InvariantCulture),
            double number => number.ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => Limit(value.ToString() ?? ""),
        };
    }

    /// <summary>The text as shown in the workbook, for measuring (metrics with their 4 decimals).</summary>
    public static string Shown(object? value, ExportWorkbook workbook, ExportColumnKind kind) =>
        value is double number && kind == ExportColumnKind.Metric
            ? number.ToString("0.0000", CultureInfo.InvariantCulture)
            : Format(value, workbook, kind);

    /// <summary>Cuts text to what one cell can hold.</summary>
    public static string Limit(string text) =>
        text.Length <= MaxCellLength ? text : text[..(MaxCellLength - CutMarker.Length)] + CutMarker;
}
