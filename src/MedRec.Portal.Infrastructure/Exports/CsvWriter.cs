using System.IO.Compression;
using System.Text;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// Writes each table as a CSV file (RFC 4180: comma, CRLF, quotes doubled) in a .zip. Files are UTF-8 with a
/// byte-order mark, which is what makes Excel read Chinese correctly when the file is double-clicked. Text that a
/// spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
/// </summary>
public static class CsvWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static void WriteZip(ExportWorkbook workbook, Stream output)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var table in workbook.Tables)
        {
            var name = $"{++number:00}-{table.Key}.csv";
            if (!names.Add(name))
            {
                name = $"{number:00}-{table.Key}-{number}.csv";
                names.Add(name);
            }

            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            using var stream = entry.Open();
            using var writer = new StreamWriter(stream, Utf8WithBom);
            WriteTable(workbook, table, writer);
        }
    }

    /// <summary>One table: a header line, then one line per row.</summary>
    public static void WriteTable(ExportWorkbook workbook, ExportTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        WriteLine(writer, table.Columns.Select(c => Escape(Neutralise(c.Header))));
        foreach (var row in table.Rows)
        {
            WriteLine(writer, row.Select((value, i) =>
            {
                var kind = i < table.Columns.Count ? table.Columns[i].Kind : ExportColumnKind.Text;
                var text = CellText.Format(value, workbook, kind);
                return Escape(value is string ? Neutralise(text) : text);
            }));
        }
    }

    /// <summary>
    /// Prefixes text that Excel, LibreOffice or Google Sheets would evaluate (OWASP "CSV injection"). Numbers are
    /// written unprefixed; only text values reach this.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void WriteLine(TextWriter writer, IEnumerable<string> cells)
    {
        writer.Write(string.Join(',', cells));
        writer.Write("\r\n");
    }
}
