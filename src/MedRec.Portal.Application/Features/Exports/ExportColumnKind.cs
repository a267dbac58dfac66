namespace MedRec.Portal.Application.Features.Exports;

/// <summary>How a column's values are written: the writer picks the cell type and number format from it.</summary>
public enum ExportColumnKind
{
    /// <summary>Text as given (team names, descriptions, JSON). Never interpreted as a formula.</summary>
    Text,

    /// <summary>A whole number (counts, ranks).</summary>
    Integer,

    /// <summary>A metric: shown with 4 decimals in the workbook, written at full precision in CSV.</summary>
    Metric,

    /// <summary>A clock reading (UTC or a phase's zone, as the header says), to the second.</summary>
    DateTime,

    /// <summary>A calendar day (a quota day).</summary>
    Date,

    /// <summary>Yes/no, written as the workbook's localised words.</summary>
    Flag,
}
