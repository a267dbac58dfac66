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
    IDatabaseErrors databaseErrors,
    IWorkSignal signal,
    IBaselineRunEvents events,
    IOptions<BaselineOptions> options,
    TimeProvider clock) : ICommandHandler<StartBaselineRunCommand, Result<Guid>>
{
    // A lost race costs one retry, which finds the winner and refuses; more only while the database is busy.
    private const int MaxSaveAttempts = 4;

    public async ValueTask<Result<Guid>> Handle(StartBaselineRunCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
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

        for (var attempt = 1; ; attempt++)
        {
            // A fresh context per attempt: a refused insert stays in the context that tried it.
            await using var attemptDb = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            if (await ActiveRunAsync(attemptDb, model.Id, phase.Id, cancellationToken).ConfigureAwait(false) is { } active)
            {
                var numbers = await BaselineRunNumbers.OfTaskAsync(attemptDb, model.TaskId, cancellationToken).ConfigureAwait(false);
                return BaselineErrors.AlreadyRunning.With(model.Label, phase.Code, numbers.GetValueOrDefault(active.Id), active.Label);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var run = new BaselineRun(Guid.CreateVersion7(), model.TaskId, phase.Id, model.Id, label, batchSize, command.Actor.UserId, now);
            attemptDb.BaselineRuns.Add(run);
            attemptDb.Audit(command.Actor, BaselineAuditActions.RunQueued, nameof(BaselineRun), run.Id, null, new { run.ModelId, run.PhaseId, run.Label, run.BatchSize }, now);
            try
            {
                await attemptDb.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (attempt < MaxSaveAttempts && (databaseErrors.IsUniqueViolation(exception) || databaseErrors.IsTransient(exception)))
            {
                // Another start of the same model on the same phase got in first (the unique active-run index
                // refused this one), or the database was busy: look again, and name the winner.
                continue;
            }

            signal.Notify(WorkQueue.BaselineRuns);
            events.Publish(new BaselineRunChanged(run.Id, run.TaskId, run.Status, 0, 0, 0, null, now));
            return run.Id;
        }
    }

    private static Task<BaselineRun?> ActiveRunAsync(IPortalDbContext db, Guid modelId, Guid phaseId, CancellationToken cancellationToken) =>
        db.BaselineRuns.AsNoTracking().FirstOrDefaultAsync(r => r.PhaseId == phaseId && r.ActiveModelId == modelId, cancellationToken);
}
