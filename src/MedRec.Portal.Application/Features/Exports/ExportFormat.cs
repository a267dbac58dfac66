namespace MedRec.Portal.Application.Features.Exports;

/// <summary>The file an organiser downloads.</summary>
public enum ExportFormat
{
    /// <summary>An Excel workbook (.xlsx), one sheet per table.</summary>
    Xlsx,

    /// <summary>A .zip of UTF-8 CSV files (with byte-order mark, so Excel reads Chinese correctly), one per table.</summary>
    CsvZip,
}
