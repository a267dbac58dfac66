using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// The baseline model runner as the use cases see it (ONNX Runtime lives in Infrastructure): check an uploaded
/// package against a task, and run a stored one over a phase's input file.
/// </summary>
public interface IBaselineModels
{
    /// <summary>
    /// Reads the uploaded files (one .zip, or model.json, the graph and the vocabulary separately) and checks the
    /// package for the task: it loads, the graph's input and outputs match the manifest, the labels are the
    /// task's (<paramref name="candidateDrugs"/> for CDrugRed). Every problem is an error to show, never an exception.
    /// </summary>
    BaselineModelInspection Inspect(TaskKind task, IReadOnlyList<string>? candidateDrugs, IReadOnlyList<UploadedPackageFile> files);

    /// <summary>Runs a stored package over the phase's input file and writes the task's official submission file.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="BaselineModelException">The package or the inputs cannot be used (the message says why).</exception>
    Task<BaselinePrediction> PredictAsync(BaselineModelFiles model, TaskKind task, IReadOnlyList<string>? candidateDrugs, byte[] inputs, int batchSize, IProgress<BaselineRunTick> progress, CancellationToken cancellationToken);
}

/// <summary>One uploaded file of a model package.</summary>
public sealed record UploadedPackageFile(string FileName, byte[] Content);

/// <summary>The three files of a package, by the names its manifest gives them.</summary>
public sealed record BaselineModelFiles(byte[] Manifest, string VocabularyFileName, byte[] Vocabulary, string GraphFileName, byte[] Graph)
{
    public long ByteCount => Manifest.LongLength + Vocabulary.LongLength + Graph.LongLength;
}

/// <summary>What an accepted package is: its manifest name, hash, input length, label count and the trainer's metrics.</summary>
public sealed record BaselineModelFacts(string ManifestName, string PackageHash, int MaxLength, int LabelCount, string? MetricsJson);

/// <summary>The outcome of checking a package: its files and facts, or every reason it was refused.</summary>
public sealed record BaselineModelInspection(BaselineModelFiles? Files, BaselineModelFacts? Facts, IReadOnlyList<Error> Errors)
{
    public bool IsValid => Files is not null && Errors.Count == 0;

    public static BaselineModelInspection Invalid(params Error[] errors) => new(null, null, errors);
}

/// <summary>Progress of a run after a batch; <paramref name="Provider"/> is the execution provider in use.</summary>
public sealed record BaselineRunTick(int Done, int Total, double RecordsPerSecond, string Provider);

/// <summary>A finished run: the submission file (UTF-8 JSON) and how it was computed.</summary>
public sealed record BaselinePrediction(byte[] SubmissionJson, int Records, string Provider, double InferenceSeconds, double RecordsPerSecond);

/// <summary>A stored package or a phase's inputs that cannot be run (the message says what and how to fix it).</summary>
public sealed class BaselineModelException : Exception
{
    public BaselineModelException()
    {
    }

    public BaselineModelException(string message)
        : base(message)
    {
    }

    public BaselineModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
