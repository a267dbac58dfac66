using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>
/// An organiser downloads a task's results for the overview paper: every phase's live board and latest snapshot,
/// the submissions ledger, the quota ledger and the task's audit log, as an Excel workbook or a .zip of CSVs, with
/// headers in <paramref name="Language"/> (<c>zh-CN</c> or <c>en</c>). Gold labels are never part of it. The
/// download itself is audited (<c>board.exported</c>).
/// </summary>
public sealed record ExportResultsCommand(Actor Actor, Guid TaskId, ExportFormat Format, string? Language = null) : ICommand<Result<ExportFile>>, IOrganizerOnly;

/// <summary>The file to send: its name, media type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);
