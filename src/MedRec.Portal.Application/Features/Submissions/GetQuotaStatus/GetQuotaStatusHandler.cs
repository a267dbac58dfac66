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

        Guid teamId;
        if (query.TeamId is { } requested)
        {
            if (!await SubmissionAccess.CanSeeTeamAsync(db, query.Actor, requested, cancellationToken).ConfigureAwait(false))
            {
                return SubmissionErrors.QuotaOfOtherTeam.With();
            }

            teamId = requested;
        }
        else
        {
            var membership = await TeamQueries.MembershipAsync(db, phase.TaskId, query.Actor.UserId, cancellationToken).ConfigureAwait(false);
            if (membership is null)
            {
                return SubmissionErrors.TeamForTaskNotFound.With();
            }

            teamId = membership.TeamId;
        }

        var day = phase.QuotaDayOf(clock.GetUtcNow().UtcDateTime);
        return (await QuotaBook.ReadAsync(db, phase, teamId, day, cancellationToken).ConfigureAwait(false)).ToStatus();
    }
}
