using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Tasks.UpdateTask;

public sealed class UpdateTaskHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<UpdateTaskCommand, Result>
{
    public async ValueTask<Result> Handle(UpdateTaskCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return Result.Failure(PhaseErrors.TaskNotFound.With());
        }

        if (command.ExpectedVersion is { } expected && expected != task.Version)
        {
            return Result.Failure(CommonErrors.Concurrency);
        }

        var errors = CompetitionTask.Validate(task.Slug, command.Texts);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = TaskSnapshot.Of(task);
        task.Edit(command.Texts, now);
        task.Publish(command.IsPublished, now);
        db.Audit(command.Actor, AuditActions.TaskUpdated, nameof(CompetitionTask), task.Id, before, TaskSnapshot.Of(task), now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
