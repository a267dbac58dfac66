using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.FactSheets;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>A sheet per phase that asks for fact sheets: one row per team on the phase's board or with a sheet, a column per field.</summary>
internal static class FactSheetExportTable
{
    public static async Task<List<ExportTable>> BuildAsync(IPortalDbContext db, IReadOnlyList<Phase> phases, ExportTexts texts, CancellationToken cancellationToken)
    {
        var zh = texts.Language == "zh-CN";
        var tables = new List<ExportTable>();
        foreach (var phase in phases)
        {
            var form = await db.FactSheetForms.AsNoTracking().FirstOrDefaultAsync(f => f.PhaseId == phase.Id, cancellationToken).ConfigureAwait(false);
            if (form is null)
            {
                continue;
            }

            var fields = form.Fields;
            var sheets = await (
                    from s in db.FactSheets.AsNoTracking()
                    where s.PhaseId == phase.Id
                    join t in db.Teams on s.TeamId equals t.Id
                    orderby t.Name
                    select new { t.Name, s.ValuesJson, s.SubmittedAt, s.PdfFileName, s.PdfLength })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var columns = new List<ExportColumn>
            {
                new(texts.Team),
                new(texts.SubmittedAtUtc, ExportColumnKind.DateTime),
                new(zh ? "PDF 文件" : "PDF file"),
                new(zh ? "PDF 字节数" : "PDF bytes", ExportColumnKind.Integer),
            };
            columns.AddRange(fields.Select(f => new ExportColumn(zh ? f.LabelZh : f.LabelEn, f.Kind == FactSheetFieldKind.Number ? ExportColumnKind.Text : ExportColumnKind.Text)));
            var rows = sheets.Select(s =>
            {
                var values = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(s.ValuesJson) ?? [];
                var row = new List<object?> { s.Name, s.SubmittedAt, s.PdfFileName, s.PdfLength };
                row.AddRange(fields.Select(f => (object?)(values.TryGetValue(f.Key, out var v) ? v : null)));
                return (IReadOnlyList<object?>)row;
            }).ToList();
            tables.Add(new ExportTable($"factsheets-{phase.Code}", zh ? $"{phase.Code} 技术报告" : $"{phase.Code} fact sheets", columns, rows));
        }

        return tables;
    }
}
