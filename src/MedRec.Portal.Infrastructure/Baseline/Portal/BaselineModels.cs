using System.Text.Json;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Manifest;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Baseline.Portal;

/// <summary>The portal's <see cref="IBaselineModels"/>: the upload reader, the package loader and the runner, over the shared session cache.</summary>
internal sealed class BaselineModels(BaselinePackageLoader loader, BaselineRunner runner, BaselineSessionCache sessions, IOptions<BaselineOptions> options) : IBaselineModels
{
    public BaselineModelInspection Inspect(TaskKind task, IReadOnlyList<string>? candidateDrugs, IReadOnlyList<UploadedPackageFile> files)
    {
        var (contents, errors) = PackageUpload.Read(files, options.Value.MaxPackageBytes);
        if (contents is null)
        {
            return new BaselineModelInspection(null, null, errors);
        }

        var load = loader.Load(contents, Expectation(task, candidateDrugs));
        if (!load.IsValid)
        {
            return new BaselineModelInspection(null, null, [.. load.Errors.Select(ToError)]);
        }

        var package = load.Package!;
        var manifest = package.Manifest;
        var stored = new BaselineModelFiles(contents[BaselineManifest.FileName], manifest.Files.Vocabulary, contents[manifest.Files.Vocabulary], manifest.Files.Model, contents[manifest.Files.Model]);
        var labelCount = task == TaskKind.CDrugRed ? manifest.Labels.Drugs?.Count ?? 0 : (manifest.Labels.Primary?.Count ?? 0) + (manifest.Labels.Additional?.Count ?? 0);
        var metrics = manifest.Metrics is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("values", out var values) ? values.GetRawText() : null;
        var facts = new BaselineModelFacts(manifest.Name ?? "", package.Hash, manifest.Input.MaxLength, labelCount, metrics);
        return new BaselineModelInspection(stored, facts, []);
    }

    public async Task<BaselinePrediction> PredictAsync(BaselineModelFiles model, TaskKind task, IReadOnlyList<string>? candidateDrugs, byte[] inputs, int batchSize, IProgress<BaselineRunTick> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(progress);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [BaselineManifest.FileName] = model.Manifest,
            [model.VocabularyFileName] = model.Vocabulary,
            [model.GraphFileName] = model.Graph,
        };

        // Checked again at run time: the phase's candidate list may have changed since the upload.
        var load = loader.Load(files, Expectation(task, candidateDrugs), "the stored package");
        if (!load.IsValid)
        {
            throw new BaselineModelException("The stored package no longer fits the task: " + string.Join("; ", load.Errors.Select(e => e.Message)));
        }

        IReadOnlyList<BaselineInputRecord> records;
        try
        {
            records = BaselineInputRecord.ReadAll(new MemoryStream(inputs, writable: false), task == TaskKind.CDrugRed ? CDrugRedFields.VisitId : IcdFields.RecordId);
        }
        catch (DatasetFormatException exception)
        {
            throw new BaselineModelException($"The phase's input file cannot be read: {exception.Message}", exception);
        }

        var package = load.Package!;
        var provider = sessions.GetOrCreate(package.Hash, package.ModelBytes).Provider.ToString();
        progress.Report(new BaselineRunTick(0, records.Count, 0, provider));
        var ticks = new SynchronousProgress<BaselineRunProgress>(p => progress.Report(new BaselineRunTick(p.Done, p.Total, p.RecordsPerSecond, provider)));
        var submission = await runner.PredictAsync(package, records, ticks, new BaselineRunOptions { BatchSize = batchSize }, cancellationToken).ConfigureAwait(false);
        return new BaselinePrediction(submission.Json, records.Count, submission.Run.Provider.ToString(), submission.Run.Elapsed.TotalSeconds, submission.Run.RecordsPerSecond);
    }

    private static BaselinePackageExpectation Expectation(TaskKind task, IReadOnlyList<string>? candidateDrugs) =>
        task == TaskKind.CDrugRed ? BaselinePackageExpectation.ForCDrugRed(candidateDrugs ?? []) : BaselinePackageExpectation.ForIcd();

    // The loader's code travels in the field, so pages and tests can tell the reasons apart.
    private static Error ToError(BaselinePackageError error) => Error.Validation($"Package.{error.Code}", error.Message);

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
