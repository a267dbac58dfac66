using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Datasets.UploadDataset;

public sealed class UploadDatasetHandler(IPortalDbContextFactory contexts, IGoldDatasetStore goldStore, TimeProvider clock) : ICommandHandler<UploadDatasetCommand, Result<UploadedDataset>>
{
    /// <summary>Official splits are a few MiB; the cap keeps a wrong file from filling the database.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private const string FileField = "File";

    public async ValueTask<Result<UploadedDataset>> Handle(UploadDatasetCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Content is null || command.Content.Length == 0)
        {
            return DatasetErrors.EmptyFile.ForField(FileField);
        }

        if (command.Content.LongLength > MaxBytes)
        {
            return DatasetErrors.TooLarge.ForField(FileField, command.Content.LongLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), MaxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        // Some browsers send the full client path, with either separator; keep only the name.
        var fileName = UploadFileNames.Clean(command.FileName);
        if (fileName.Length == 0 || fileName.Length > 260)
        {
            return DatasetErrors.FileNameLength.ForField("FileName");
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.Include(t => t.Phases).FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return DatasetErrors.TaskNotFound.With();
        }

        Phase? phase = null;
        if (command.Kind is DatasetFileKind.Inputs or DatasetFileKind.Gold)
        {
            phase = task.Phases.FirstOrDefault(p => p.Id == command.PhaseId);
            if (phase is null)
            {
                return DatasetErrors.PhaseRequired.ForField(nameof(command.PhaseId));
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return command.Kind switch
        {
            DatasetFileKind.CandidateList => await StoreCandidateListAsync(db, task, command, fileName, now, cancellationToken).ConfigureAwait(false),
            DatasetFileKind.Inputs => await StoreInputsAsync(db, task, phase!, command, fileName, now, cancellationToken).ConfigureAwait(false),
            DatasetFileKind.Gold => await StoreGoldAsync(db, task, phase!, command, fileName, now, cancellationToken).ConfigureAwait(false),
            _ => DatasetErrors.ChooseKind.ForField(nameof(command.Kind)),
        };
    }

    private static async Task<Result<UploadedDataset>> StoreCandidateListAsync(IPortalDbContext db, CompetitionTask task, UploadDatasetCommand command, string fileName, DateTime now, CancellationToken cancellationToken)
    {
        if (task.Kind != TaskKind.CDrugRed)
        {
            return DatasetErrors.CandidateListOnlyCDrugRed.ForField(nameof(command.Kind));
        }

        var inspected = DatasetInspector.InspectCandidateList(command.Content);
        if (inspected.IsFailure)
        {
            return Result<UploadedDataset>.Failure(inspected.Errors);
        }

        var dataset = AddDataset(db, task, DatasetKind.CandidateList, command, fileName, inspected.Value.Count, now);
        var before = new { task.CandidateListDatasetId };
        task.UseCandidateList(dataset.Id, now);
        db.Audit(command.Actor, AuditActions.DatasetUploaded, nameof(CompetitionTask), task.Id, before, Facts(dataset), now);
        return await SaveAsync(db, dataset, DatasetFileKind.CandidateList, [], cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<UploadedDataset>> StoreInputsAsync(IPortalDbContext db, CompetitionTask task, Phase phase, UploadDatasetCommand command, string fileName, DateTime now, CancellationToken cancellationToken)
    {
        var inspected = DatasetInspector.InspectInputs(task.Kind, command.Content);
        if (inspected.IsFailure)
        {
            return Result<UploadedDataset>.Failure(inspected.Errors);
        }

        // Replacing inputs under existing gold is allowed (organisers may replace both, in either order) but
        // the mismatch is reported so it is not forgotten.
        var warnings = new List<string>();
        if (phase.GoldDatasetId is { } goldId && await goldStore.ReadContentAsync(goldId, cancellationToken).ConfigureAwait(false) is { } goldBytes)
        {
            var check = DatasetInspector.InspectGold(task.Kind, goldBytes, inspected.Value, candidateLabels: null);
            warnings.AddRange(check.Errors.Select(e => $"The phase's current gold does not match these inputs: {e.Message} Upload matching gold before the phase opens."));
        }

        var dataset = AddDataset(db, task, DatasetKind.Inputs, command, fileName, inspected.Value.Count, now);
        var before = new { phase.InputsDatasetId };
        phase.UseInputs(dataset.Id);
        db.Audit(command.Actor, AuditActions.DatasetUploaded, nameof(Phase), phase.Id, before, Facts(dataset), now);
        return await SaveAsync(db, dataset, DatasetFileKind.Inputs, warnings, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<UploadedDataset>> StoreGoldAsync(IPortalDbContext db, CompetitionTask task, Phase phase, UploadDatasetCommand command, string fileName, DateTime now, CancellationToken cancellationToken)
    {
        var inputIds = phase.InputsDatasetId is { } inputsId ? await ReadInputIdsAsync(db, task.Kind, inputsId, cancellationToken).ConfigureAwait(false) : null;
        var candidates = task.CandidateListDatasetId is { } listId ? await ReadCandidatesAsync(db, listId, cancellationToken).ConfigureAwait(false) : null;
        var inspected = DatasetInspector.InspectGold(task.Kind, command.Content, inputIds, candidates);
        if (inspected.IsFailure)
        {
            return Result<UploadedDataset>.Failure(inspected.Errors);
        }

        var warnings = new List<string>();
        if (inputIds is null)
        {
            warnings.Add("The phase has no inputs yet, so the gold identifiers were not compared with them. Upload the inputs before the phase opens.");
        }

        if (task.Kind == TaskKind.CDrugRed && candidates is null)
        {
            warnings.Add("The task has no candidate list yet, so the gold drugs were not checked against it.");
        }

        var gold = new GoldDataset(Guid.CreateVersion7(), task.Id, phase.Id, MeasureFacts(command.Content, fileName, inspected.Value, out var compressed), command.Actor.UserId, now);
        var saved = await goldStore.SaveForPhaseAsync(gold, compressed, command.Actor, now, cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess
            ? new UploadedDataset(gold.Id, DatasetFileKind.Gold, gold.OriginalFileName, gold.Sha256, gold.RecordCount, gold.ByteCount, warnings)
            : Result<UploadedDataset>.Failure(saved.Errors);
    }

    private static Dataset AddDataset(IPortalDbContext db, CompetitionTask task, DatasetKind kind, UploadDatasetCommand command, string fileName, int recordCount, DateTime now)
    {
        var dataset = new Dataset(Guid.CreateVersion7(), task.Id, kind, MeasureFacts(command.Content, fileName, recordCount, out var compressed), command.Actor.UserId, now);
        db.Datasets.Add(dataset);
        db.DatasetContents.Add(new DatasetContent(dataset.Id, compressed));
        return dataset;
    }

    private static StoredFileFacts MeasureFacts(byte[] content, string fileName, int recordCount, out byte[] compressed)
    {
        compressed = DatasetCompression.Compress(content);
        return new StoredFileFacts(fileName, DatasetCompression.Sha256Hex(content), recordCount, content.LongLength, compressed.LongLength);
    }

    private static object Facts(StoredFile file) => new { DatasetId = file.Id, file.OriginalFileName, file.Sha256, file.RecordCount, file.ByteCount };

    private static async Task<Result<UploadedDataset>> SaveAsync(IPortalDbContext db, Dataset dataset, DatasetFileKind kind, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
    {
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess
            ? new UploadedDataset(dataset.Id, kind, dataset.OriginalFileName, dataset.Sha256, dataset.RecordCount, dataset.ByteCount, warnings)
            : Result<UploadedDataset>.Failure(saved.Errors);
    }

    private static async Task<IReadOnlyList<string>?> ReadInputIdsAsync(IPortalDbContext db, TaskKind kind, Guid datasetId, CancellationToken cancellationToken)
    {
        var bytes = await DatasetContentReader.ReadAsync(db, datasetId, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : DatasetInspector.InspectInputs(kind, bytes) is { IsSuccess: true } ids ? ids.Value : null;
    }

    private static async Task<IReadOnlySet<string>?> ReadCandidatesAsync(IPortalDbContext db, Guid datasetId, CancellationToken cancellationToken)
    {
        var bytes = await DatasetContentReader.ReadAsync(db, datasetId, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : DatasetInspector.InspectCandidateList(bytes) is { IsSuccess: true } list ? list.Value.ToHashSet(StringComparer.Ordinal) : null;
    }
}
