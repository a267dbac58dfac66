using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Baselines.StartRun;

public sealed class StartBaselineRunHandler(
    IPortalDbContextFactory contexts,
    BaselineRunSignal signal,
    IBaselineRunEvents events,
    IOptions<BaselineOptions> options,
    TimeProvider clock) : ICommandHandler<StartBaselineRunCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(StartBaselineRunCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Actor.IsOrganizer)
        {
            return CommonErrors.OrganizersOnly;
        }

        var batchSize = command.BatchSize ?? options.Value.DefaultBatchSize;
        if (BaselineRun.CheckBatchSize(batchSize) is { } batchError)
        {
            return batchError;
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var model = await db.BaselineModels.AsNoTracking().FirstOrDefaultAsync(m => m.Id == command.ModelId, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return BaselineErrors.ModelNotFound.With();
        }

        var phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PhaseId, cancellationToken).ConfigureAwait(false);
        if (phase is null || phase.TaskId != model.TaskId)
        {
            return BaselineErrors.PhaseOfOtherTask.ForField("Phase");
        }

        // Checked now so the organiser learns it at once rather than from a failed run.
        if (phase.InputsDatasetId is null)
        {
            return BaselineErrors.PhaseHasNoInputs.ForField("Phase", phase.Code);
        }

        if (phase.GoldDatasetId is null)
        {
            return BaselineErrors.PhaseHasNoGoldForRun.ForField("Phase", phase.Code);
        }

        var label = string.IsNullOrWhiteSpace(command.Label) ? model.Label : command.Label.Trim();
        if (BaselineEntry.CheckName(label) is { } labelError)
        {
            return labelError with { Field = "Label" };
        }

        var busy = await db.BaselineRuns.AsNoTracking()
            .AnyAsync(r => r.ModelId == model.Id && r.PhaseId == phase.Id && (r.Status == BaselineRunStatus.Queued || r.Status == BaselineRunStatus.Running), cancellationToken)
            .ConfigureAwait(false);
        if (busy)
        {
            return BaselineErrors.AlreadyRunning.With(model.Label, phase.Code);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var run = new BaselineRun(Guid.CreateVersion7(), model.TaskId, phase.Id, model.Id, label, batchSize, command.Actor.UserId, now);
        db.BaselineRuns.Add(run);
        db.Audit(command.Actor, BaselineAuditActions.RunQueued, nameof(BaselineRun), run.Id, null, new { run.ModelId, run.PhaseId, run.Label, run.BatchSize }, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        signal.Notify();
        events.Publish(new BaselineRunChanged(run.Id, run.TaskId, run.Status, 0, 0, 0, null, now));
        return run.Id;
    }
}
