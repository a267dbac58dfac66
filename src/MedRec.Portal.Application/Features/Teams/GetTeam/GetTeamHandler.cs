using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.GetTeam;

public sealed class GetTeamHandler(IPortalDbContextFactory contexts) : IQueryHandler<GetTeamQuery, Result<TeamDetail>>
{
    public async ValueTask<Result<TeamDetail>> Handle(GetTeamQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).Include(t => t.Invitations)
            .FirstOrDefaultAsync(t => t.Id == query.TeamId, cancellationToken).ConfigureAwait(false);
        var task = team is null ? null : await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == team.TaskId, cancellationToken).ConfigureAwait(false);
        var organizer = query.Actor?.IsOrganizer == true;
        if (team is null || task is null || (!task.IsPublished && !organizer))
        {
            return TeamErrors.TeamNotFound.With();
        }

        var viewerId = query.Actor?.UserId;
        var isMember = viewerId is { } v && team.IsMember(v);
        var isLeader = viewerId is { } l && team.IsLeader(l);
        var memberIds = team.Members.Select(m => m.UserId).ToList();
        var people = await db.UserSummaries.Where(u => memberIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, cancellationToken).ConfigureAwait(false);
        var members = team.Members.OrderBy(m => m.JoinedAt).Select(m => new TeamMemberInfo(
            m.UserId,
            people.GetValueOrDefault(m.UserId)?.DisplayName ?? "",
            isMember || organizer ? people.GetValueOrDefault(m.UserId)?.Email ?? "" : "",
            team.IsLeader(m.UserId),
            m.JoinedAt)).ToList();
        var invitations = isLeader || organizer
            ? team.Invitations.OrderByDescending(i => i.CreatedAt).Select(i => new InvitationInfo(i.Id, i.Code, i.CreatedAt, i.ExpiresAt, i.RevokedAt)).ToList()
            : [];
        var registration = isMember || organizer
            ? await db.Registrations.AsNoTracking().Where(r => r.TeamId == team.Id)
                .Select(r => new RegistrationInfo(r.Id, r.Status, r.DecisionReason, r.TermsAcceptedByUserId, r.TermsAcceptedAt, r.DecidedAt, r.Version))
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;

        return new TeamDetail(team.Id, team.TaskId, task.Slug, task.TitleZh, task.TitleEn, team.Name, team.Description, team.LeaderId, team.MaxSize, team.Version, members, invitations, registration, isMember, isLeader);
    }
}
