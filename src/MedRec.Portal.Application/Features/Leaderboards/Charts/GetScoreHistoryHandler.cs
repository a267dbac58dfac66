using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.Charts;

public sealed class GetScoreHistoryHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<GetScoreHistoryQuery, Result<ScoreHistory>>
{
    public async ValueTask<Result<ScoreHistory>> Handle(GetScoreHistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organizer = query.Actor?.IsOrganizer == true;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (context is null || (!organizer && !context.TaskPublished))
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        if (query.TeamId is { } teamId && !organizer)
        {
            var member = query.Actor is not null && await db.TeamMembers.AsNoTracking().AnyAsync(m => m.TeamId == teamId && m.UserId == query.Actor.UserId, cancellationToken).ConfigureAwait(false);
            if (!member)
            {
                return LeaderboardErrors.ScoreHistoryForbidden.With();
            }
        }
        else if (!organizer && !context.IsVisibleToParticipants)
        {
            return LeaderboardErrors.NotReleased;
        }

        // Participants of a frozen board see the phase chart up to the freeze, and their own team's chart too when
        // the organisers hide teams' own new scores while frozen (else the chart would show what "My submissions" hides).
        var freeze = context.Board?.FreezeInstantAt(now);
        var upTo = organizer ? null
            : query.TeamId is null ? freeze
            : context.Board?.HideOwnScoresWhileFrozen == true ? freeze
            : null;
        var moderation = await ActiveModerations.LoadAsync(db, query.PhaseId, cancellationToken).ConfigureAwait(false);
        var scored = db.Submissions.AsNoTracking().Where(s => s.PhaseId == query.PhaseId && s.Status == SubmissionStatus.Scored && s.PrimaryScore != null);
        if (query.TeamId is { } team)
        {
            scored = scored.Where(s => s.TeamId == team);
        }

        if (upTo is { } limit)
        {
            scored = scored.Where(s => s.ScoredAt <= limit);
        }

        var rows = await scored.OrderBy(s => s.SubmittedAt).Select(s => new { s.Id, s.TeamId, s.SubmittedAt, Score = s.PrimaryScore!.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var primaryKey = context.Metrics.Columns[0].Key;
        var points = new List<ScorePoint>();
        var best = double.NegativeInfinity;
        foreach (var row in rows)
        {
            if (moderation.ExcludedSubmissions.Contains(row.Id) || (query.TeamId is null && moderation.ExcludedTeams.Contains(moderation.RowTeamOf(row.TeamId))))
            {
                continue;
            }

            var overridden = moderation.Overrides.TryGetValue(row.Id, out var values) && values.ContainsKey(primaryKey);
            var score = overridden ? values![primaryKey] : row.Score;
            var improves = score > best;
            best = Math.Max(best, score);
            if (query.TeamId is not null || improves)
            {
                points.Add(new ScorePoint(row.SubmittedAt, score, best, overridden));
            }
        }

        return new ScoreHistory(query.PhaseId, query.TeamId, primaryKey, points, upTo);
    }
}
