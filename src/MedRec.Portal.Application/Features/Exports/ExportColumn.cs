namespace MedRec.Portal.Application.Features.Exports;

/// <summary>A column of an export table: its header (in the export's language) and how values are written.</summary>
public sealed record ExportColumn(string Header, ExportColumnKind Kind = ExportColumnKind.Text);
