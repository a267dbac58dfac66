using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

/// <summary>Checks shared by the moderation use cases.</summary>
internal static class ModerationTargets
{
    /// <summary>Null when the phase exists and the team (of the phase's task) or submission (of the phase) does; else the error.</summary>
    public static async Task<Error?> CheckAsync(IPortalDbContext db, Guid phaseId, ModerationTarget target, Guid targetId, CancellationToken cancellationToken)
    {
        var taskId = await db.Phases.AsNoTracking().Where(p => p.Id == phaseId).Select(p => (Guid?)p.TaskId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (taskId is null)
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        var exists = target switch
        {
            ModerationTarget.Team => await db.Teams.AsNoTracking().AnyAsync(t => t.Id == targetId && t.TaskId == taskId, cancellationToken).ConfigureAwait(false),
            ModerationTarget.Submission => await db.Submissions.AsNoTracking().AnyAsync(s => s.Id == targetId && s.PhaseId == phaseId, cancellationToken).ConfigureAwait(false),
            _ => false,
        };
        return exists ? null : (target == ModerationTarget.Team ? LeaderboardErrors.TargetTeamNotFound : LeaderboardErrors.TargetSubmissionNotFound).With();
    }

    /// <summary>What the audit log records of a moderation.</summary>
    public static object Describe(BoardModeration m) => new
    {
        m.PhaseId,
        m.Target,
        m.TargetId,
        m.Action,
        m.Reason,
        m.OverrideMetricsJson,
        m.MergeIntoTeamId,
        m.RevokedAt,
        m.RevokeReason,
    };
}
