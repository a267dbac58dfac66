using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.SelectForFinal;

public sealed class SelectForFinalHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<SelectForFinalCommand, Result>
{
    public async ValueTask<Result> Handle(SelectForFinalCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == command.SubmissionId, cancellationToken).ConfigureAwait(false);
        if (submission is null)
        {
            return Result.Failure(SubmissionErrors.SubmissionNotFound.With());
        }

        var isMember = await db.TeamMembers.AsNoTracking().AnyAsync(m => m.TeamId == submission.TeamId && m.UserId == command.Actor.UserId, cancellationToken).ConfigureAwait(false);
        if (!isMember)
        {
            return Result.Failure(SubmissionErrors.SelectOnlyMembers.With());
        }

        var phase = await db.Phases.AsNoTracking().FirstAsync(p => p.Id == submission.PhaseId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (phase.Representative != RepresentativeSubmission.Selected)
        {
            return Result.Failure(SubmissionErrors.NothingToSelect.With(phase.Code, phase.Representative.ToString().ToLowerInvariant()));
        }

        if (!phase.IsOpenAt(now))
        {
            return Result.Failure(SubmissionErrors.SelectionClosed.With(phase.Code, PhaseTime.Describe(phase.ClosesAt, phase.QuotaTimeZoneId)));
        }

        if (submission.CheckCanSelect(command.Selected) is { } error)
        {
            return Result.Failure(error);
        }

        if (command.Selected && !submission.IsSelectedForFinal)
        {
            // Two members selecting at once would both see room under the limit: touching the team's version makes
            // the second save fail with a concurrency error instead of exceeding the limit. The version is read
            // before the count, so a selection committed in between either shows in the count or fails our save.
            var team = await db.Teams.FirstAsync(t => t.Id == submission.TeamId, cancellationToken).ConfigureAwait(false);
            var selected = await db.Submissions.CountAsync(s => s.PhaseId == phase.Id && s.TeamId == submission.TeamId && s.IsSelectedForFinal, cancellationToken).ConfigureAwait(false);
            if (selected >= phase.SelectionLimit)
            {
                return Result.Failure(SubmissionErrors.SelectionLimit.With(selected, phase.SelectionLimit));
            }

            team.Version = Guid.NewGuid();
        }

        var before = new { submission.IsSelectedForFinal };
        submission.SelectForFinal(command.Selected);
        db.Audit(command.Actor, SubmissionAuditActions.SelectionChanged, nameof(Submission), submission.Id, before, new { submission.IsSelectedForFinal }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }
}
