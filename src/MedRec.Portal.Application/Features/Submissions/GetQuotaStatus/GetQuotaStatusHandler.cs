using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Teams;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.GetQuotaStatus;

public sealed class GetQuotaStatusHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<GetQuotaStatusQuery, Result<QuotaStatus>>
{
    public async ValueTask<Result<QuotaStatus>> Handle(GetQuotaStatusQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (phase is null)
        {
            return SubmissionErrors.PhaseNotFound.With();
        }

        TeamMembership? team;
        if (query.TeamId is { } requested)
        {
            if (!await SubmissionAccess.CanSeeTeamAsync(db, query.Actor, requested, cancellationToken).ConfigureAwait(false))
            {
                return SubmissionErrors.QuotaOfOtherTeam.With();
            }

            team = await TeamQueries.TeamAsync(db, requested, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            team = await TeamQueries.MembershipAsync(db, phase.TaskId, query.Actor.UserId, cancellationToken).ConfigureAwait(false);
        }

        if (team is null)
        {
            return SubmissionErrors.TeamForTaskNotFound.With();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var book = await QuotaBook.ReadAsync(db, phase, team.TeamId, phase.QuotaDayOf(now), cancellationToken).ConfigureAwait(false);
        return book.ToStatus(SubmissionGate.Check(phase, team, now));
    }
}
