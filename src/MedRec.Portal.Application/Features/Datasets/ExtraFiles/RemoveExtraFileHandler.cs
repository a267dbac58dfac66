using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Datasets.ExtraFiles;

public sealed class RemoveExtraFileHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<RemoveExtraFileCommand, Result>
{
    public async ValueTask<Result> Handle(RemoveExtraFileCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        // Only extra files: inputs and candidate lists are replaced through their own upload, never removed.
        var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Id == command.DatasetId && d.Kind == DatasetKind.Extra, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return Result.Failure(ExtraFileErrors.NotFound.With());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Datasets.Remove(dataset);
        db.Audit(command.Actor, AuditActions.ExtraFileRemoved, nameof(Dataset), dataset.Id, new { dataset.TaskId, dataset.PhaseId, dataset.OriginalFileName, dataset.Description }, after: null, now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
