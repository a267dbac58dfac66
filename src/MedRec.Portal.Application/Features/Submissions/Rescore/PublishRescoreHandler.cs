using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.Rescore;

public sealed class PublishRescoreHandler(IPortalDbContextFactory contexts, ISubmissionEvents events, TimeProvider clock) : ICommandHandler<PublishRescoreCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(PublishRescoreCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var pending = await db.Submissions
            .Where(s => s.PhaseId == command.PhaseId && (command.SubmissionId == null || s.Id == command.SubmissionId) && s.PendingComputedAt != null)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        if (pending.Count == 0)
        {
            return SubmissionErrors.NothingToPublish.With();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var published = new List<Submission>();
        foreach (var submission in pending)
        {
            if (!submission.HasPendingRescore)
            {
                // The re-score failed: keep the live score, drop the failed attempt.
                submission.ClearPendingRescore();
                continue;
            }

            var before = new { submission.Status, submission.PrimaryScore, submission.MetricsJson, submission.ScorerVersion };
            submission.PublishPendingRescore(now);
            db.Audit(command.Actor, SubmissionAuditActions.RescorePublished, nameof(Submission), submission.Id, before, new { submission.Status, submission.PrimaryScore, submission.MetricsJson, submission.ScorerVersion }, now);
            published.Add(submission);
        }

        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<int>.Failure(saved.Errors);
        }

        foreach (var submission in published)
        {
            events.Publish(new SubmissionChanged(submission.Id, submission.PhaseId, submission.TeamId, submission.Status, now));
        }

        return published.Count;
    }
}
