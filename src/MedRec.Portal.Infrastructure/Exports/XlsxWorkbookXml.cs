using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using MedRec.Portal.Application.Features.Exports;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// The workbook part: the sheets in order and, per sheet, the two defined names Excel itself writes for what the
/// sheets set up: <c>_xlnm._FilterDatabase</c> (hidden; the auto-filter's range, which Excel and LibreOffice use to
/// find the filtered table) and <c>_xlnm.Print_Titles</c> (the header row repeated on every printed page).
/// </summary>
internal static class XlsxWorkbookXml
{
    public static Workbook Build(IReadOnlyList<(string Name, string RelationshipId, ExportTable Table)> sheets)
    {
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var (name, relationshipId, table) = sheets[i];
            sheetList.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = relationshipId });
            if (table.Columns.Count == 0)
            {
                continue;
            }

            var quoted = Quote(name);
            definedNames.Append(new DefinedName($"{quoted}!{XlsxCellReference.Absolute(XlsxSheetWriter.TableRange(table))}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            });
            definedNames.Append(new DefinedName($"{quoted}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }

        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0U }), sheetList);
        if (definedNames.HasChildren)
        {
            workbook.Append(definedNames);
        }

        return workbook;
    }

    /// <summary>A sheet name as formulas write it: always in apostrophes (spaces, Chinese), inner ones doubled.</summary>
    private static string Quote(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";
}
