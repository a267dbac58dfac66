using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.FactSheets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.FactSheets.DefineForm;

public sealed class DefineFactSheetFormHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<DefineFactSheetFormCommand, Result>
{
    public async ValueTask<Result> Handle(DefineFactSheetFormCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = FactSheetRules.CheckForm(command.Fields, command.PdfAllowed, command.MaxPdfBytes);
        if (command.DeadlineUtc is { Kind: not DateTimeKind.Utc })
        {
            errors.Add(FactSheetErrors.FormDeadlineNotUtc.ForField("DeadlineUtc"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Phases.AnyAsync(p => p.Id == command.PhaseId, cancellationToken).ConfigureAwait(false))
        {
            return Result.Failure(LeaderboardErrors.PhaseNotFound);
        }

        var form = await db.FactSheetForms.FirstOrDefaultAsync(f => f.PhaseId == command.PhaseId, cancellationToken).ConfigureAwait(false);
        var before = form is null ? null : new { form.FieldsJson, form.PdfAllowed, form.MaxPdfBytes, form.DeadlineAt };
        if (form is null)
        {
            form = new FactSheetForm(command.PhaseId, now);
            db.FactSheetForms.Add(form);
        }

        var fields = command.Fields.Select(f => f with { LabelZh = f.LabelZh.Trim(), LabelEn = f.LabelEn.Trim(), Choices = [.. (f.Choices ?? []).Select(c => c.Trim())] }).ToList();
        form.Define(fields, command.PdfAllowed, command.PdfAllowed ? command.MaxPdfBytes : 0, command.DeadlineUtc, now);
        db.Audit(command.Actor, FactSheetAuditActions.FormDefined, nameof(FactSheetForm), command.PhaseId, before, new { form.FieldsJson, form.PdfAllowed, form.MaxPdfBytes, form.DeadlineAt }, now);
        var saved = await db.TrySaveAsync(cancellationToken, Common.CommonErrors.Concurrency).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            events.Publish(new BoardChanged(command.PhaseId, BoardChangeKind.StateChanged, now));
        }

        return saved;
    }
}
