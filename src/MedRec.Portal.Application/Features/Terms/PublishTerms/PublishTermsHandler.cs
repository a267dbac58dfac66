using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Terms;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Terms.PublishTerms;

public sealed class PublishTermsHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<PublishTermsCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(PublishTermsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = TermsVersion.Validate(command.TextZh, command.TextEn);
        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Tasks.AnyAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false))
        {
            return TermsErrors.TaskNotFound.With();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var current = await TermsGate.CurrentAsync(db, command.TaskId, cancellationToken).ConfigureAwait(false);
        var version = new TermsVersion(Guid.CreateVersion7(), command.TaskId, (current?.Number ?? 0) + 1, command.TextZh?.Trim() ?? "", command.TextEn?.Trim() ?? "", command.Actor.UserId, now);
        db.TermsVersions.Add(version);
        db.Audit(command.Actor, TermsAuditActions.Published, nameof(TermsVersion), version.Id, before: current is null ? null : new { current.Number }, new { version.TaskId, version.Number, version.PublishedAt }, now);
        // Two organisers publishing at once would both pick the same number: the unique index refuses the second.
        var saved = await db.TrySaveAsync(cancellationToken, onConflict: CommonErrors.Concurrency).ConfigureAwait(false);
        return saved.IsSuccess ? version.Number : Result<int>.Failure(saved.Errors);
    }
}
