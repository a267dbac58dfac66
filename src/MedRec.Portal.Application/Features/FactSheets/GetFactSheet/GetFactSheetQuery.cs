using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.FactSheets;
using Mediator;

namespace MedRec.Portal.Application.Features.FactSheets.GetFactSheet;

/// <summary>A phase's fact-sheet form and the viewer's team's sheet (if any): what the fact-sheet tab shows.</summary>
public sealed record GetFactSheetQuery(Actor Actor, Guid PhaseId) : IQuery<Result<FactSheetView>>, IParticipantAccessible;

/// <summary>The form, and the team's current values (empty before the first submission).</summary>
public sealed record FactSheetView(
    Guid PhaseId,
    IReadOnlyList<FactSheetField> Fields,
    bool PdfAllowed,
    long MaxPdfBytes,
    DateTime? DeadlineAt,
    bool IsOpen,
    Guid? TeamId,
    bool CanSubmit,
    IReadOnlyDictionary<string, string> Values,
    string? PdfFileName,
    DateTime? SubmittedAt,
    bool RankOnlyWithFactSheets);
