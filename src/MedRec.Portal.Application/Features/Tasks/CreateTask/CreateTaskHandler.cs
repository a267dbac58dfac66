using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Terms;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Tasks.CreateTask;

public sealed class CreateTaskHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<CreateTaskCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateTaskCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var slug = command.Slug?.Trim() ?? "";
        var errors = CompetitionTask.Validate(slug, command.Texts);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var slugTaken = PhaseErrors.SlugTaken.With(slug);
        if (await db.Tasks.AnyAsync(t => t.Slug == slug, cancellationToken).ConfigureAwait(false))
        {
            return slugTaken;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var task = new CompetitionTask(Guid.CreateVersion7(), command.Kind, slug, command.Texts, now);
        task.Publish(command.Publish, now);
        db.Tasks.Add(task);
        // Every task starts with terms to accept (version 1); the organiser replaces them with the real licence.
        db.TermsVersions.Add(StandardTerms.FirstVersion(task.Id, command.Actor.UserId, now));
        db.Audit(command.Actor, AuditActions.TaskCreated, nameof(CompetitionTask), task.Id, before: null, TaskSnapshot.Of(task), now);
        var saved = await db.TrySaveAsync(cancellationToken, onConflict: slugTaken).ConfigureAwait(false);
        return saved.IsSuccess ? task.Id : Result<Guid>.Failure(saved.Errors);
    }
}
