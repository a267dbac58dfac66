namespace MedRec.Portal.Application.Features.Exports;

/// <summary>
/// Everything one export holds, in order. <see cref="YesText"/> / <see cref="NoText"/> are the words flags are
/// written as, in the export's language.
/// </summary>
public sealed record ExportWorkbook(string Title, IReadOnlyList<ExportTable> Tables, string YesText, string NoText);
