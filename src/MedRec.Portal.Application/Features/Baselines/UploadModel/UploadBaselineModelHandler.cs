using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Baselines.UploadModel;

public sealed class UploadBaselineModelHandler(
    IPortalDbContextFactory contexts,
    IBaselineModels models,
    IOptions<BaselineOptions> options,
    TimeProvider clock) : ICommandHandler<UploadBaselineModelCommand, Result<UploadedBaselineModel>>
{
    private const string FileField = "Package";

    public async ValueTask<Result<UploadedBaselineModel>> Handle(UploadBaselineModelCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var files = command.Files ?? [];
        if (files.Count == 0)
        {
            return BaselineErrors.ChoosePackage.ForField(FileField);
        }

        var maxBytes = options.Value.MaxPackageBytes;
        var total = files.Sum(f => f.Content?.LongLength ?? 0);
        if (total > maxBytes)
        {
            return BaselineErrors.PackageTooLarge.ForField(FileField, total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), (maxBytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (command.Label is { Length: > 0 } label && BaselineModel.CheckLabel(label) is { } labelError)
        {
            return labelError;
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return BaselineErrors.TaskNotFound.With();
        }

        IReadOnlyList<string>? candidates = null;
        if (task.Kind == TaskKind.CDrugRed)
        {
            var definition = await PhaseScoringSetup.DefinitionAsync(db, task, cancellationToken).ConfigureAwait(false);
            if (definition.IsFailure)
            {
                return BaselineErrors.NoCandidateList.With();
            }

            candidates = ((CDrugRedTaskDefinition)definition.Value).CandidateDrugs;
        }

        var inspection = models.Inspect(task.Kind, candidates, files);
        if (!inspection.IsValid)
        {
            return Result<UploadedBaselineModel>.Failure(inspection.Errors);
        }

        var facts = inspection.Facts!;
        var existing = await db.BaselineModels.AsNoTracking()
            .Where(m => m.TaskId == task.Id && m.PackageHash == facts.PackageHash)
            .Select(m => m.Label)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (existing is not null)
        {
            return BaselineErrors.PackageAlreadyStored.ForField(FileField, existing);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = string.IsNullOrWhiteSpace(command.Label) ? Shorten(facts.ManifestName) : command.Label.Trim();
        var fileName = UploadFileNames.Clean(files.Count == 1 ? files[0].FileName : inspection.Files!.GraphFileName);
        var model = new BaselineModel(Guid.CreateVersion7(), task.Id, name, facts.ManifestName, facts.PackageHash, fileName.Length > 260 ? fileName[..260] : fileName, inspection.Files!.ByteCount, facts.MaxLength, facts.LabelCount, facts.MetricsJson, command.Actor.UserId, now);
        var content = inspection.Files;
        db.BaselineModels.Add(model);
        db.BaselineModelContents.Add(new BaselineModelContent(model.Id, content.Manifest, content.VocabularyFileName, content.Vocabulary, content.GraphFileName, content.Graph));
        db.Audit(command.Actor, BaselineAuditActions.ModelUploaded, nameof(BaselineModel), model.Id, null, new { model.TaskId, model.Label, model.ManifestName, model.PackageHash, model.ByteCount, model.MaxLength, model.LabelCount }, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new UploadedBaselineModel(model.Id, model.Label, facts, model.ByteCount);
    }

    private static string Shorten(string name) =>
        string.IsNullOrWhiteSpace(name) ? "Baseline model" : name.Trim().Length > BaselineModel.MaxLabelLength ? name.Trim()[..BaselineModel.MaxLabelLength] : name.Trim();
}
