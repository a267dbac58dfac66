using MedRec.Portal.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.GetMyTeams;

public sealed class GetMyTeamsHandler(IPortalDbContextFactory contexts) : IQueryHandler<GetMyTeamsQuery, IReadOnlyList<MyTeamItem>>
{
    public async ValueTask<IReadOnlyList<MyTeamItem>> Handle(GetMyTeamsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var userId = query.Actor.UserId;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        return await (
                from member in db.TeamMembers.AsNoTracking()
                join team in db.Teams.AsNoTracking() on member.TeamId equals team.Id
                join task in db.Tasks.AsNoTracking() on team.TaskId equals task.Id
                where member.UserId == userId
                orderby task.Slug
                select new MyTeamItem(
                    team.Id,
                    team.Name,
                    task.Id,
                    task.Slug,
                    task.TitleZh,
                    task.TitleEn,
                    team.LeaderId == userId,
                    db.TeamMembers.Count(m => m.TeamId == team.Id),
                    db.Registrations.Where(r => r.TeamId == team.Id).Select(r => (Domain.Registrations.RegistrationStatus?)r.Status).FirstOrDefault()))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
