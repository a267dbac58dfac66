using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Analysis.ExportAnalysis;

/// <summary>
/// An organiser downloads the "Analysis" workbook of a finished analysis: entries with intervals and bands, the
/// paired tests, the pooled per-label table and one per-label table per entry, with headers in
/// <paramref name="Language"/>. No gold (the hardest records stay on the page). Audited (<c>analysis.exported</c>).
/// </summary>
public sealed record ExportAnalysisCommand(Actor Actor, Guid PhaseId, Guid AnalysisId, ExportFormat Format = ExportFormat.Xlsx, string? Language = null)
    : ICommand<Result<ExportFile>>, IOrganizerOnly;
