using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.FactSheets.GetFactSheet;

public sealed class GetFactSheetHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<GetFactSheetQuery, Result<FactSheetView>>
{
    public async ValueTask<Result<FactSheetView>> Handle(GetFactSheetQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var form = await db.FactSheetForms.AsNoTracking().FirstOrDefaultAsync(f => f.PhaseId == query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return FactSheetErrors.NoForm.With();
        }

        var team = await FactSheetTeams.RegisteredTeamAsync(db, query.PhaseId, query.Actor.UserId, cancellationToken).ConfigureAwait(false);
        var sheet = team is null ? null : await db.FactSheets.AsNoTracking()
            .Where(s => s.PhaseId == query.PhaseId && s.TeamId == team)
            .Select(s => new { s.ValuesJson, s.PdfFileName, s.SubmittedAt })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        var rankOnly = await db.PhaseBoards.AsNoTracking().Where(b => b.PhaseId == query.PhaseId).Select(b => b.RankOnlyWithFactSheets).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var open = form.IsOpenAt(clock.GetUtcNow().UtcDateTime);
        var values = sheet is null ? new Dictionary<string, string>() : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(sheet.ValuesJson) ?? [];
        return new FactSheetView(form.PhaseId, form.Fields, form.PdfAllowed, form.MaxPdfBytes, form.DeadlineAt, open, team, team is not null && open, values, sheet?.PdfFileName, sheet?.SubmittedAt, rankOnly);
    }
}
