using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Submissions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

public sealed class OverrideScoreHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<OverrideScoreCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(OverrideScoreCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (BoardModeration.CheckReason(command.Reason) is { } reasonError)
        {
            return reasonError;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var submission = await db.Submissions.AsNoTracking()
            .Where(s => s.Id == command.SubmissionId)
            .Select(s => new { s.Id, s.PhaseId, s.TaskId, s.Status })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (submission is null)
        {
            return LeaderboardErrors.SubmissionNotFound.With();
        }

        if (submission.Status != SubmissionStatus.Scored)
        {
            return LeaderboardErrors.OverrideOnlyScored.With(submission.Status.ToString().ToLowerInvariant());
        }

        var kind = await db.Tasks.AsNoTracking().Where(t => t.Id == submission.TaskId).Select(t => t.Kind).FirstAsync(cancellationToken).ConfigureAwait(false);
        var metrics = LeaderboardMetrics.For(kind);
        var errors = Validate(command.Metrics, metrics);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var earlier = await db.BoardModerations
            .Where(m => m.TargetId == submission.Id && m.Action == ModerationAction.OverrideScore && m.RevokedAt == null)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var replaced in earlier)
        {
            // One active override per submission: the new one replaces the old, which stays in the history.
            replaced.Revoke(command.Actor.UserId, "Replaced by a newer override.", now);
        }

        var json = MetricValues.ToJson(metrics.Columns.Where(c => command.Metrics.ContainsKey(c.Key)).Select(c => new MetricScore(c.Key, command.Metrics[c.Key])));
        var moderation = BoardModeration.OverrideScore(Guid.CreateVersion7(), submission.PhaseId, submission.Id, json, command.Reason, command.Actor.UserId, now);
        db.BoardModerations.Add(moderation);
        db.Audit(command.Actor, LeaderboardAuditActions.ScoreOverridden, nameof(BoardModeration), moderation.Id, null, ModerationTargets.Describe(moderation), now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<Guid>.Failure(saved.Errors);
        }

        events.Publish(new BoardChanged(submission.PhaseId, BoardChangeKind.Moderated, now));
        return moderation.Id;
    }

    private static List<Error> Validate(IReadOnlyDictionary<string, double>? values, LeaderboardMetrics metrics)
    {
        var errors = new List<Error>();
        if (values is null || values.Count == 0)
        {
            errors.Add(LeaderboardErrors.OverrideNoMetric.ForField(nameof(OverrideScoreCommand.Metrics), string.Join(", ", metrics.Columns.Select(c => c.Key))));
            return errors;
        }

        foreach (var (key, value) in values)
        {
            if (!metrics.Has(key))
            {
                errors.Add(LeaderboardErrors.OverrideUnknownMetric.ForField(nameof(OverrideScoreCommand.Metrics), key, string.Join(", ", metrics.Columns.Select(c => c.Key))));
            }
            else if (!double.IsFinite(value) || value < 0 || value > 1)
            {
                errors.Add(LeaderboardErrors.OverrideValueRange.ForField(nameof(OverrideScoreCommand.Metrics), key, value));
            }
        }

        return errors;
    }
}
