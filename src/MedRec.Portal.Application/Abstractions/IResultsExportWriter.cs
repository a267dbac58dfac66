using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// Writes gathered export tables as a file: an Excel workbook (a sheet per table) or a .zip of CSV files (one per
/// table). The use case decides what the tables hold; the writer only lays them out (Infrastructure, ClosedXML).
/// </summary>
public interface IResultsExportWriter
{
    /// <summary>Writes <paramref name="workbook"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    void Write(ExportWorkbook workbook, ExportFormat format, Stream output);
}
