using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Registrations;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.FactSheets;

/// <summary>Which teams a fact sheet concerns.</summary>
internal static class FactSheetTeams
{
    /// <summary>The user's team in the phase's task, when it is registered and approved; else null.</summary>
    public static async Task<Guid?> RegisteredTeamAsync(IPortalDbContext db, Guid phaseId, Guid userId, CancellationToken cancellationToken)
    {
        var taskId = await db.Phases.AsNoTracking().Where(p => p.Id == phaseId).Select(p => (Guid?)p.TaskId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (taskId is null)
        {
            return null;
        }

        return await (
                from m in db.TeamMembers.AsNoTracking()
                where m.TaskId == taskId && m.UserId == userId
                join r in db.Registrations on m.TeamId equals r.TeamId
                where r.TaskId == taskId && r.Status == RegistrationStatus.Approved
                select (Guid?)m.TeamId)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The teams with a submitted sheet for the phase, or null when the phase asks for none.</summary>
    public static async Task<HashSet<Guid>?> WithSheetsAsync(IPortalDbContext db, Guid phaseId, CancellationToken cancellationToken)
    {
        if (!await db.FactSheetForms.AsNoTracking().AnyAsync(f => f.PhaseId == phaseId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var teams = await db.FactSheets.AsNoTracking().Where(s => s.PhaseId == phaseId).Select(s => s.TeamId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. teams];
    }
}
