using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Tasks.CreatePhase;

public sealed class CreatePhaseHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<CreatePhaseCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreatePhaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.Include(t => t.Phases).FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return PhaseErrors.TaskNotFound.With();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var added = task.AddPhase(Guid.CreateVersion7(), command.Settings, now);
        if (added.IsFailure)
        {
            return Result<Guid>.Failure(added.Errors);
        }

        db.Audit(command.Actor, AuditActions.PhaseCreated, nameof(Phase), added.Value.Id, before: null, TaskSnapshot.Of(added.Value), now);
        var saved = await db.TrySaveAsync(cancellationToken, PhaseErrors.CodeTaken.With(command.Settings.Code)).ConfigureAwait(false);
        return saved.IsSuccess ? added.Value.Id : Result<Guid>.Failure(saved.Errors);
    }
}
