using MedRec.Portal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams;

/// <summary>Membership look-ups several use cases share (task pages, downloads, registration).</summary>
public static class TeamQueries
{
    /// <summary>The user's team in the task with its registration, or null when they have none.</summary>
    public static async Task<TeamMembership?> MembershipAsync(IPortalDbContext db, Guid taskId, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (
                from member in db.TeamMembers.AsNoTracking()
                join team in db.Teams.AsNoTracking() on member.TeamId equals team.Id
                where member.TaskId == taskId && member.UserId == userId
                select new
                {
                    team.Id,
                    team.Name,
                    team.LeaderId,
                    Registration = db.Registrations.Where(r => r.TeamId == team.Id).Select(r => new { r.Status, r.DecisionReason }).FirstOrDefault(),
                })
            .Select(x => new TeamMembership(
                x.Id,
                x.Name,
                x.LeaderId == userId,
                x.Registration == null ? null : x.Registration.Status,
                x.Registration == null ? null : x.Registration.DecisionReason))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>A team and its registration as <see cref="TeamMembership"/> (not as seen by one member: <c>IsLeader</c> is false), or null when there is no such team.</summary>
    public static async Task<TeamMembership?> TeamAsync(IPortalDbContext db, Guid teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Teams.AsNoTracking()
            .Where(t => t.Id == teamId)
            .Select(t => new
            {
                t.Id,
                t.Name,
                Registration = db.Registrations.Where(r => r.TeamId == t.Id).Select(r => new { r.Status, r.DecisionReason }).FirstOrDefault(),
            })
            .Select(x => new TeamMembership(
                x.Id,
                x.Name,
                false,
                x.Registration == null ? null : x.Registration.Status,
                x.Registration == null ? null : x.Registration.DecisionReason))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
