using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.FactSheets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.FactSheets.SubmitFactSheet;

public sealed class SubmitFactSheetHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<SubmitFactSheetCommand, Result>
{
    public async ValueTask<Result> Handle(SubmitFactSheetCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var form = await db.FactSheetForms.AsNoTracking().FirstOrDefaultAsync(f => f.PhaseId == command.PhaseId, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return Result.Failure(FactSheetErrors.NoForm.With());
        }

        if (await FactSheetTeams.RegisteredTeamAsync(db, command.PhaseId, command.Actor.UserId, cancellationToken).ConfigureAwait(false) is not { } teamId)
        {
            return Result.Failure(FactSheetErrors.NotRegistered.With());
        }

        if (!form.IsOpenAt(now))
        {
            return Result.Failure(FactSheetErrors.DeadlinePassed.With(form.DeadlineAt!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
        }

        var errors = FactSheetRules.CheckValues(form.Fields, command.Values, out var clean);
        if (command.Pdf is { } pdf)
        {
            var name = Path.GetFileName(command.PdfFileName ?? "fact-sheet.pdf");
            if (!form.PdfAllowed)
            {
                errors.Add(FactSheetErrors.PdfNotAllowed.ForField("Pdf"));
            }
            else if (pdf.LongLength > form.MaxPdfBytes)
            {
                errors.Add(FactSheetErrors.PdfTooLarge.ForField("Pdf", pdf.LongLength, form.MaxPdfBytes));
            }
            else if (pdf.Length < 5 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                errors.Add(FactSheetErrors.PdfNotPdf.ForField("Pdf", name));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var sheet = await db.FactSheets.FirstOrDefaultAsync(s => s.PhaseId == command.PhaseId && s.TeamId == teamId, cancellationToken).ConfigureAwait(false);
        if (sheet is null)
        {
            sheet = new FactSheet(Guid.CreateVersion7(), command.PhaseId, teamId);
            db.FactSheets.Add(sheet);
        }

        var fileName = command.Pdf is null ? null : Truncate(Path.GetFileName(command.PdfFileName ?? "fact-sheet.pdf"), FactSheet.MaxFileNameLength);
        sheet.Submit(clean, fileName, command.Pdf, command.RemovePdf, command.Actor.UserId, now);
        db.Audit(command.Actor, FactSheetAuditActions.Submitted, nameof(FactSheet), sheet.Id, null, new { sheet.PhaseId, sheet.TeamId, Fields = clean.Count, sheet.PdfFileName, sheet.PdfLength }, now);
        var saved = await db.TrySaveAsync(cancellationToken, CommonErrors.Concurrency).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            events.Publish(new BoardChanged(command.PhaseId, BoardChangeKind.StateChanged, now));
        }

        return saved;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
