using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Tasks.UpdatePhase;

public sealed class UpdatePhaseHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<UpdatePhaseCommand, Result>
{
    public async ValueTask<Result> Handle(UpdatePhaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var taskId = await db.Phases.Where(p => p.Id == command.PhaseId).Select(p => (Guid?)p.TaskId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var task = taskId is null ? null : await db.Tasks.Include(t => t.Phases).FirstAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        var phase = task?.Phases.FirstOrDefault(p => p.Id == command.PhaseId);
        if (task is null || phase is null)
        {
            return Result.Failure(PhaseErrors.PhaseNotFound.With());
        }

        if (command.ExpectedVersion is { } expected && expected != phase.Version)
        {
            return Result.Failure(CommonErrors.Concurrency);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = TaskSnapshot.Of(phase);
        var edited = task.EditPhase(phase.Id, command.Settings, now);
        if (edited.IsFailure)
        {
            return edited;
        }

        db.Audit(command.Actor, AuditActions.PhaseUpdated, nameof(Phase), phase.Id, before, TaskSnapshot.Of(phase), now);
        return await db.TrySaveAsync(cancellationToken, PhaseErrors.CodeTaken.With(command.Settings.Code)).ConfigureAwait(false);
    }
}
