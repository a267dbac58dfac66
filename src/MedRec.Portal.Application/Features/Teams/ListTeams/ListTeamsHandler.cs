using MedRec.Portal.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.ListTeams;

public sealed class ListTeamsHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListTeamsQuery, IReadOnlyList<TeamListItem>>
{
    public async ValueTask<IReadOnlyList<TeamListItem>> Handle(ListTeamsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organizer = query.Actor?.IsOrganizer == true;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from team in db.Teams.AsNoTracking()
                join task in db.Tasks.AsNoTracking() on team.TaskId equals task.Id
                join leader in db.UserSummaries on team.LeaderId equals leader.Id
                where (query.TaskId == null || team.TaskId == query.TaskId) && (organizer || task.IsPublished)
                orderby task.Slug, team.Name
                select new
                {
                    team.Id,
                    team.TaskId,
                    task.Slug,
                    team.Name,
                    leader.DisplayName,
                    MemberCount = db.TeamMembers.Count(m => m.TeamId == team.Id),
                    team.MaxSize,
                    team.CreatedAt,
                    team.MergedIntoTeamId,
                    team.MergedAt,
                    Status = db.Registrations.Where(r => r.TeamId == team.Id).Select(r => (Domain.Registrations.RegistrationStatus?)r.Status).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var names = rows.ToDictionary(r => r.Id, r => r.Name);
        return rows.Select(r => new TeamListItem(
                r.Id, r.TaskId, r.Slug, r.Name, r.DisplayName, r.MemberCount, r.MaxSize, r.CreatedAt, organizer ? r.Status : null,
                r.MergedIntoTeamId,
                r.MergedIntoTeamId is { } into ? names.GetValueOrDefault(into) : null,
                r.MergedAt))
            .ToList();
    }
}
