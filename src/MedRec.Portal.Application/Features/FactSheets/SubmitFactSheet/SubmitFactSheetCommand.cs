using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.FactSheets.SubmitFactSheet;

/// <summary>
/// A member of a registered team submits (or replaces) the team's fact sheet before the deadline: every field's
/// value, and optionally a PDF (<paramref name="Pdf"/>: the page reads at most the limit + 1 bytes, so an
/// oversized file is refused without being held whole). <paramref name="RemovePdf"/> drops the attached PDF.
/// </summary>
public sealed record SubmitFactSheetCommand(Actor Actor, Guid PhaseId, IReadOnlyDictionary<string, string?> Values, string? PdfFileName = null, byte[]? Pdf = null, bool RemovePdf = false)
    : ICommand<Result>, IParticipantAccessible;
