using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.ListQuotaLedger;

public sealed class ListQuotaLedgerHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListQuotaLedgerQuery, Result<IReadOnlyList<QuotaLedgerLine>>>
{
    public async ValueTask<Result<IReadOnlyList<QuotaLedgerLine>>> Handle(ListQuotaLedgerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Phases.AsNoTracking().AnyAsync(p => p.Id == query.PhaseId, cancellationToken).ConfigureAwait(false))
        {
            return SubmissionErrors.PhaseNotFound.With();
        }

        if (!await SubmissionAccess.CanSeeTeamAsync(db, query.Actor, query.TeamId, cancellationToken).ConfigureAwait(false))
        {
            return SubmissionErrors.LedgerOfOtherTeam.With();
        }

        var entries = await db.QuotaLedger.AsNoTracking()
            .Where(e => e.PhaseId == query.PhaseId && e.TeamId == query.TeamId)
            .OrderByDescending(e => e.OccurredAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var actorIds = entries.Where(e => e.ActorUserId != null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var names = await db.UserSummaries.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<QuotaLedgerLine>>.Success(
        [
            .. entries.Select(e => new QuotaLedgerLine(
                e.Id, e.OccurredAt, e.QuotaDay, e.Kind, e.SubmissionId, e.ExtraAttempts, e.Reason,
                e.ActorUserId is { } actor ? names.GetValueOrDefault(actor, "") : "")),
        ]);
    }
}
