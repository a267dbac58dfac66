using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

public sealed class ListModerationsHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListModerationsQuery, Result<IReadOnlyList<ModerationInfo>>>
{
    public async ValueTask<Result<IReadOnlyList<ModerationInfo>>> Handle(ListModerationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var records = await db.BoardModerations.AsNoTracking()
            .Where(m => m.PhaseId == query.PhaseId && (!query.ActiveOnly || m.RevokedAt == null))
            .OrderByDescending(m => m.CreatedAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var submissionIds = records.Where(m => m.Target == ModerationTarget.Submission).Select(m => m.TargetId).Distinct().ToList();
        var submissionTeams = await db.Submissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id)).Select(s => new { s.Id, s.TeamId }).ToDictionaryAsync(s => s.Id, s => s.TeamId, cancellationToken).ConfigureAwait(false);
        var teamIds = records.Where(m => m.Target == ModerationTarget.Team).Select(m => m.TargetId)
            .Concat(records.Where(m => m.MergeIntoTeamId is not null).Select(m => m.MergeIntoTeamId!.Value))
            .Concat(submissionTeams.Values)
            .Distinct()
            .ToList();
        var teamNames = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var userIds = records.Select(m => m.CreatedByUserId).Concat(records.Where(m => m.RevokedByUserId is not null).Select(m => m.RevokedByUserId!.Value)).Distinct().ToList();
        var people = await db.UserSummaries.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);

        string TeamOf(BoardModeration m)
        {
            var teamId = m.Target == ModerationTarget.Team ? m.TargetId : submissionTeams.GetValueOrDefault(m.TargetId);
            return teamNames.GetValueOrDefault(teamId, "");
        }

        return records.Select(m => new ModerationInfo(
                m.Id,
                m.Target,
                m.TargetId,
                m.Action,
                TeamOf(m),
                m.MergeIntoTeamId is { } into ? teamNames.GetValueOrDefault(into, "") : null,
                m.Reason,
                m.OverrideMetricsJson is null ? null : MetricValues.Read(m.OverrideMetricsJson),
                people.GetValueOrDefault(m.CreatedByUserId, ""),
                m.CreatedAt,
                m.IsActive,
                m.RevokedByUserId is { } by ? people.GetValueOrDefault(by, "") : null,
                m.RevokedAt,
                m.RevokeReason))
            .ToList();
    }
}
