using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Datasets.ExtraFiles;

public sealed class AddExtraFileHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<AddExtraFileCommand, Result<Guid>>
{
    private const string FileField = "File";

    public async ValueTask<Result<Guid>> Handle(AddExtraFileCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<Error>();
        if (command.Content is null || command.Content.Length == 0)
        {
            errors.Add(DatasetErrors.EmptyFile.ForField(FileField));
        }
        else if (command.Content.LongLength > UploadDatasetHandler.MaxBytes)
        {
            errors.Add(DatasetErrors.TooLarge.ForField(FileField, command.Content.LongLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), UploadDatasetHandler.MaxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var fileName = UploadFileNames.Clean(command.FileName);
        if (fileName.Length is 0 or > 260)
        {
            errors.Add(DatasetErrors.FileNameLength.ForField(nameof(command.FileName)));
        }

        var description = command.Description?.Trim() ?? "";
        if (description.Length is 0 or > Dataset.MaxDescriptionLength)
        {
            errors.Add(ExtraFileErrors.DescriptionRequired.ForField(nameof(command.Description), Dataset.MaxDescriptionLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.Include(t => t.Phases).FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return DatasetErrors.TaskNotFound.With();
        }

        if (command.PhaseId is { } phaseId && task.Phases.All(p => p.Id != phaseId))
        {
            return ExtraFileErrors.PhaseNotInTask.ForField(nameof(command.PhaseId));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var compressed = DatasetCompression.Compress(command.Content!);
        var facts = new StoredFileFacts(fileName, DatasetCompression.Sha256Hex(command.Content!), 0, command.Content!.LongLength, compressed.LongLength);
        var dataset = Dataset.Extra(Guid.CreateVersion7(), task.Id, command.PhaseId, description, facts, command.Actor.UserId, now);
        db.Datasets.Add(dataset);
        db.DatasetContents.Add(new DatasetContent(dataset.Id, compressed));
        db.Audit(command.Actor, AuditActions.ExtraFileAdded, nameof(Dataset), dataset.Id, before: null, new { dataset.TaskId, dataset.PhaseId, dataset.OriginalFileName, dataset.Description, dataset.Sha256, dataset.ByteCount }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? dataset.Id : Result<Guid>.Failure(saved.Errors);
    }
}
