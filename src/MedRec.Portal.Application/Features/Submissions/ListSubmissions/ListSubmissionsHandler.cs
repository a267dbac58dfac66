using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Teams;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.ListSubmissions;

public sealed class ListSubmissionsHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<ListSubmissionsQuery, Result<IReadOnlyList<SubmissionListItem>>>
{
    public async ValueTask<Result<IReadOnlyList<SubmissionListItem>>> Handle(ListSubmissionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (phase is null)
        {
            return SubmissionErrors.PhaseNotFound.With();
        }

        Guid? teamId = query.TeamId;
        if (!query.Actor.IsOrganizer)
        {
            var membership = await TeamQueries.MembershipAsync(db, phase.TaskId, query.Actor.UserId, cancellationToken).ConfigureAwait(false);
            if (membership is null)
            {
                return SubmissionErrors.NoTeamNoSubmissions.With();
            }

            if (teamId is not null && teamId != membership.TeamId)
            {
                return SubmissionAccess.NotYours;
            }

            teamId = membership.TeamId;
        }

        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.PhaseId == phase.Id && (teamId == null || s.TeamId == teamId))
            .OrderByDescending(s => s.SubmittedAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var items = await SubmissionRows.ToItemsAsync(db, rows, phase, cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<SubmissionListItem>>.Success(
            await OwnScoreVisibility.ApplyAsync(db, query.Actor, phase.Id, items, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false));
    }
}
