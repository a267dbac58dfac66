using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// ClosedXML 0.95 writes a placeholder <c>&lt;numFmt numFmtId="0" formatCode=""/&gt;</c> into the stylesheet. Id 0 is
/// the built-in "General" format and must not be redefined (ECMA-376 §18.8.30); an empty code is what strict readers
/// flag as damaged content. Removing it leaves every cell's format unchanged.
/// </summary>
internal static class StylesheetRepair
{
    public static void RemoveEmptyNumberFormats(MemoryStream workbook)
    {
        workbook.Position = 0;
        using (var document = SpreadsheetDocument.Open(workbook, isEditable: true))
        {
            var formats = document.WorkbookPart?.WorkbookStylesPart?.Stylesheet?.NumberingFormats;
            if (formats is not null)
            {
                foreach (var empty in formats.Elements<NumberingFormat>().Where(f => string.IsNullOrEmpty(f.FormatCode?.Value)).ToList())
                {
                    empty.Remove();
                }

                formats.Count = (uint)formats.Elements<NumberingFormat>().Count();
                document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.Save();
            }
        }

        workbook.Position = 0;
    }
}
