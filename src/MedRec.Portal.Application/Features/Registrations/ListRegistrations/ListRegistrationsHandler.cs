using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Registrations.ListRegistrations;

public sealed class ListRegistrationsHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListRegistrationsQuery, Result<IReadOnlyList<RegistrationListItem>>>
{
    public async ValueTask<Result<IReadOnlyList<RegistrationListItem>>> Handle(ListRegistrationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from registration in db.Registrations.AsNoTracking()
                join team in db.Teams.AsNoTracking() on registration.TeamId equals team.Id
                join task in db.Tasks.AsNoTracking() on registration.TaskId equals task.Id
                join acceptor in db.UserSummaries on registration.TermsAcceptedByUserId equals acceptor.Id
                where (query.TaskId == null || registration.TaskId == query.TaskId)
                      && (query.Status == null || registration.Status == query.Status)
                select new RegistrationListItem(
                    registration.Id,
                    team.Id,
                    team.Name,
                    task.Id,
                    task.Slug,
                    db.TeamMembers.Count(m => m.TeamId == team.Id),
                    registration.Status,
                    registration.DecisionReason,
                    acceptor.DisplayName,
                    registration.TermsAcceptedAt,
                    registration.TermsVersion,
                    registration.DecidedAt,
                    registration.Version))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // Status is stored as text, so order in memory: the pending queue first, oldest request first.
        return rows.OrderBy(r => r.Status != RegistrationStatus.Pending).ThenBy(r => r.TermsAcceptedAt).ToList();
    }
}
