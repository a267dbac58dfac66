using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Baselines.CancelRun;

public sealed class CancelBaselineRunHandler(
    IPortalDbContextFactory contexts,
    BaselineRunCancellations cancellations,
    IBaselineRunEvents events,
    TimeProvider clock) : ICommandHandler<CancelBaselineRunCommand, Result>
{
    /// <summary>The worker renews the run's row with each progress save, so a cancel may race it; a fresh read wins the next time.</summary>
    private const int MaxAttempts = 5;

    public async ValueTask<Result> Handle(CancelBaselineRunCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            var run = await db.BaselineRuns.FirstOrDefaultAsync(r => r.Id == command.RunId, cancellationToken).ConfigureAwait(false);
            if (run is null)
            {
                return Result.Failure(BaselineErrors.RunNotFound.With());
            }

            if (run.IsFinished)
            {
                return Result.Failure(BaselineErrors.RunAlreadyEnded.With(run.Status));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var cancelledAtOnce = run.RequestCancel(command.Actor.UserId, now);
            db.Audit(command.Actor, cancelledAtOnce ? BaselineAuditActions.RunCancelled : BaselineAuditActions.RunCancelRequested, nameof(BaselineRun), run.Id, null, new { run.Status, run.RecordsDone, run.RecordsTotal }, now);
            var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
            if (saved.IsFailure)
            {
                if (attempt < MaxAttempts)
                {
                    continue;
                }

                return saved;
            }

            // Stops the graph call at once when this process runs it; another host sees the stored request.
            cancellations.Cancel(run.Id);
            events.Publish(new BaselineRunChanged(run.Id, run.TaskId, run.Status, run.RecordsDone, run.RecordsTotal, run.RecordsPerSecond, run.Provider, now));
            return Result.Success();
        }
    }
}
