using System.Text.Json;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.FactSheets;

/// <summary>A team's fact sheet for a phase: the field values and an optional PDF. One per team and phase; resubmitting replaces it.</summary>
public sealed class FactSheet : IVersioned
{
    public const int MaxFileNameLength = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private FactSheet()
    {
    }

    public FactSheet(Guid id, Guid phaseId, Guid teamId)
    {
        Id = id;
        PhaseId = phaseId;
        TeamId = teamId;
    }

    public Guid Id { get; private set; }

    public Guid PhaseId { get; private set; }

    public Guid TeamId { get; private set; }

    /// <summary>Field key → value, as JSON.</summary>
    public string ValuesJson { get; private set; } = "{}";

    public string? PdfFileName { get; private set; }

    public byte[]? PdfBytes { get; private set; }

    public long? PdfLength { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public Guid SubmittedByUserId { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyDictionary<string, string> Values => JsonSerializer.Deserialize<Dictionary<string, string>>(ValuesJson, Json) ?? [];

    /// <summary>Stores the checked values; a null <paramref name="pdf"/> keeps the PDF already attached unless <paramref name="removePdf"/>.</summary>
    public void Submit(IReadOnlyDictionary<string, string> values, string? pdfFileName, byte[]? pdf, bool removePdf, Guid userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(values);
        ValuesJson = JsonSerializer.Serialize(values, Json);
        if (pdf is not null)
        {
            PdfFileName = pdfFileName;
            PdfBytes = pdf;
            PdfLength = pdf.LongLength;
        }
        else if (removePdf)
        {
            (PdfFileName, PdfBytes, PdfLength) = (null, null, null);
        }

        SubmittedByUserId = userId;
        SubmittedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }
}
