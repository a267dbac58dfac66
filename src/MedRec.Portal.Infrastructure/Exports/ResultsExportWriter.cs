using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>The export port: Excel through <see cref="XlsxWriter"/>, CSV through <see cref="CsvWriter"/>.</summary>
public sealed class ResultsExportWriter : IResultsExportWriter
{
    public void Write(ExportWorkbook workbook, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Xlsx:
                XlsxWriter.Write(workbook, output);
                break;
            case ExportFormat.CsvZip:
                CsvWriter.WriteZip(workbook, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Valid formats: Xlsx, CsvZip.");
        }
    }
}
