using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>A phase's active moderation, as the board computation applies it.</summary>
internal sealed class ActiveModerations
{
    private ActiveModerations(IReadOnlyList<BoardModeration> records)
    {
        foreach (var record in records)
        {
            switch (record.Action)
            {
                case ModerationAction.Hide or ModerationAction.Disqualify when record.Target == ModerationTarget.Team:
                    ExcludedTeams.Add(record.TargetId);
                    break;
                case ModerationAction.Hide or ModerationAction.Disqualify:
                    ExcludedSubmissions.Add(record.TargetId);
                    break;
                case ModerationAction.OverrideScore when record.OverrideMetricsJson is not null:
                    Overrides[record.TargetId] = MetricValues.Read(record.OverrideMetricsJson);
                    break;
                case ModerationAction.MergeIntoTeam when record.MergeIntoTeamId is { } into:
                    MergedInto[record.TargetId] = into;
                    break;
            }
        }
    }

    public HashSet<Guid> ExcludedTeams { get; } = [];

    public HashSet<Guid> ExcludedSubmissions { get; } = [];

    /// <summary>Submission id → the organiser's metric values (those not given keep the scored value).</summary>
    public Dictionary<Guid, Dictionary<string, double>> Overrides { get; } = [];

    /// <summary>Merged team id → the team whose row shows its submissions.</summary>
    public Dictionary<Guid, Guid> MergedInto { get; } = [];

    public static async Task<ActiveModerations> LoadAsync(IPortalDbContext db, Guid phaseId, CancellationToken cancellationToken)
    {
        var records = await db.BoardModerations.AsNoTracking()
            .Where(m => m.PhaseId == phaseId && m.RevokedAt == null)
            .OrderBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var moderations = new ActiveModerations(records);
        if (moderations.ExcludedTeams.Count > 0)
        {
            // A team's hide or disqualify follows the submissions a merge took from it, so merging a disqualified team
            // into another does not bring its scores back. Undoing the merge (or revoking the record) ends it.
            var excludedTeams = moderations.ExcludedTeams.ToList();
            var carried = await (
                    from moved in db.TeamMergeSubmissions.AsNoTracking()
                    join merge in db.TeamMerges.AsNoTracking() on moved.MergeId equals merge.Id
                    where moved.PhaseId == phaseId && merge.UndoneAt == null && excludedTeams.Contains(merge.SourceTeamId)
                    select moved.SubmissionId)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            moderations.ExcludedSubmissions.UnionWith(carried);
        }

        return moderations;
    }

    /// <summary>The team whose row a submission of <paramref name="teamId"/> counts for (following merges).</summary>
    public Guid RowTeamOf(Guid teamId)
    {
        var current = teamId;
        for (var hops = 0; hops < 16 && MergedInto.TryGetValue(current, out var next); hops++)
        {
            current = next;
        }

        return current;
    }
}
