using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>Who may see a team's submissions: its current members and organisers, nobody else.</summary>
internal static class SubmissionAccess
{
    public static Error NotYours { get; } = SubmissionErrors.NotYours.With();

    public static async Task<bool> CanSeeTeamAsync(IPortalDbContext db, Actor actor, Guid teamId, CancellationToken cancellationToken) =>
        actor.IsOrganizer
        || await db.TeamMembers.AsNoTracking().AnyAsync(m => m.TeamId == teamId && m.UserId == actor.UserId, cancellationToken).ConfigureAwait(false);
}
