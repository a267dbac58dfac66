using System.Text.Json;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.FactSheets;

/// <summary>
/// A phase's fact sheet (CodaLab's fact sheets, the CHIP/CCL technical reports): the fields every team fills in to
/// describe its method, whether a PDF may be attached and how large, and the deadline. One per phase.
/// </summary>
public sealed class FactSheetForm : IVersioned
{
    public const int MaxFields = 30;

    public const long MaxPdfLimit = 20 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private FactSheetForm()
    {
    }

    public FactSheetForm(Guid phaseId, DateTime nowUtc)
    {
        PhaseId = phaseId;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public Guid PhaseId { get; private set; }

    /// <summary>The fields as JSON (<see cref="Fields"/> reads them).</summary>
    public string FieldsJson { get; private set; } = "[]";

    public bool PdfAllowed { get; private set; }

    /// <summary>The largest PDF a team may attach, in bytes.</summary>
    public long MaxPdfBytes { get; private set; }

    /// <summary>After this instant no fact sheet is accepted or changed; null: no deadline.</summary>
    public DateTime? DeadlineAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<FactSheetField> Fields => JsonSerializer.Deserialize<List<FactSheetField>>(FieldsJson, Json) ?? [];

    public bool IsOpenAt(DateTime nowUtc) => DeadlineAt is null || Instants.RequireUtc(nowUtc, nameof(nowUtc)) < DeadlineAt;

    /// <summary>Replaces the definition (the use case has checked it).</summary>
    public void Define(IReadOnlyList<FactSheetField> fields, bool pdfAllowed, long maxPdfBytes, DateTime? deadlineUtc, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(fields);
        FieldsJson = JsonSerializer.Serialize(fields, Json);
        PdfAllowed = pdfAllowed;
        MaxPdfBytes = maxPdfBytes;
        DeadlineAt = deadlineUtc is { } d ? Instants.RequireUtc(d, nameof(deadlineUtc)) : null;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }
}
