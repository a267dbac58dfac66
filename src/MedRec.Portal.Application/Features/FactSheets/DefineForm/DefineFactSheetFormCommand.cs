using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.FactSheets;
using Mediator;

namespace MedRec.Portal.Application.Features.FactSheets.DefineForm;

/// <summary>
/// An organiser sets a phase's fact sheet: its fields (text, choice, number, URL), whether a PDF may be attached and
/// up to what size, and the deadline (UTC; null for none). Teams' sheets already submitted stay as they are.
/// </summary>
public sealed record DefineFactSheetFormCommand(Actor Actor, Guid PhaseId, IReadOnlyList<FactSheetField> Fields, bool PdfAllowed, long MaxPdfBytes, DateTime? DeadlineUtc)
    : ICommand<Result>, IOrganizerOnly;
