using System.Security.Cryptography;
using System.Text.Json;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Manifest;
using Microsoft.ML.OnnxRuntime;

namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>
/// Reads and validates a model package folder (model.json, the graph, the vocabulary) against a phase: files
/// present, manifest readable and of a known version, task and labels as the phase needs, graph loadable with the
/// declared input and outputs, and the export-time outputs reproduced. Problems are returned, not thrown.
/// </summary>
public sealed class BaselinePackageLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    private readonly BaselineSessionCache _sessions;

    /// <summary>Creates the loader over the shared session cache; graphs it loads stay there for the runner.</summary>
    public BaselinePackageLoader(BaselineSessionCache sessions) => _sessions = sessions ?? throw new ArgumentNullException(nameof(sessions));

    /// <summary>Loads the package in <paramref name="directory"/> for a phase with the given expectation.</summary>
    public BaselinePackageLoadResult Load(string directory, BaselinePackageExpectation expected)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(expected);
        if (!Directory.Exists(directory))
        {
            return Fail(BaselinePackageErrorCode.MissingFile, $"the package folder \"{directory}\" does not exist");
        }

        return Load(new DirectoryPackageFiles(directory), expected);
    }

    /// <summary>
    /// Loads a package held in memory (an upload, or files stored in the database): file name → bytes, with the
    /// names the manifest uses. The same checks as a folder.
    /// </summary>
    public BaselinePackageLoadResult Load(IReadOnlyDictionary<string, byte[]> files, BaselinePackageExpectation expected, string source = "the uploaded package")
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(expected);
        return Load(new MemoryPackageFiles(files, source), expected);
    }

    private BaselinePackageLoadResult Load(IPackageFiles source, BaselinePackageExpectation expected)
    {
        var errors = new List<BaselinePackageError>();
        var directory = source.Description;
        if (!source.Exists(BaselineManifest.FileName))
        {
            return Fail(BaselinePackageErrorCode.MissingFile, $"{BaselineManifest.FileName} is missing from {source.Description}; every package has a manifest beside model.onnx");
        }

        var manifestBytes = source.Read(BaselineManifest.FileName);
        BaselineManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BaselineManifest>(manifestBytes, JsonOptions)
                ?? throw new JsonException("the manifest is null");
        }
        catch (JsonException ex)
        {
            return Fail(BaselinePackageErrorCode.InvalidManifest, $"{BaselineManifest.FileName} cannot be read: {ex.Message}");
        }

        if (manifest.FormatVersion != BaselineManifest.SupportedFormatVersion)
        {
            return Fail(BaselinePackageErrorCode.UnsupportedFormatVersion, $"{BaselineManifest.FileName} has formatVersion {manifest.FormatVersion}; this portal reads version {BaselineManifest.SupportedFormatVersion}");
        }

        var task = ManifestChecks.ParseTask(manifest.Task);
        if (task is null)
        {
            return Fail(BaselinePackageErrorCode.InvalidManifest, $"{BaselineManifest.FileName} has task \"{manifest.Task}\"; use \"cdrugred\" or \"icd\"");
        }

        if (task != expected.Task)
        {
            return Fail(BaselinePackageErrorCode.TaskMismatch, $"the package is a {task} model but the phase is a {expected.Task} phase");
        }

        ManifestChecks.CheckInput(manifest, errors);
        ManifestChecks.CheckLabels(manifest, expected, errors);
        ManifestChecks.CheckDeclaredOutputs(manifest, task.Value, errors);
        ManifestChecks.CheckDecoding(manifest.Decoding, task.Value, errors);

        foreach (var (name, what) in new[] { (manifest.Files.Model, "graph"), (manifest.Files.Vocabulary, "vocabulary") })
        {
            if (string.IsNullOrWhiteSpace(name) || !source.Exists(name))
            {
                errors.Add(new(BaselinePackageErrorCode.MissingFile, $"the {what} file \"{name}\" named in {BaselineManifest.FileName} is missing from {source.Description}"));
            }
        }

        if (errors.Count > 0)
        {
            return BaselinePackageLoadResult.Invalid(errors);
        }

        var vocabularyBytes = source.Read(manifest.Files.Vocabulary);
        var vocabulary = ReadVocabulary(vocabularyBytes, manifest, errors);
        if (vocabulary is null)
        {
            return BaselinePackageLoadResult.Invalid(errors);
        }

        var modelBytes = source.Read(manifest.Files.Model);
        var hash = Hash(manifestBytes, vocabularyBytes, modelBytes);
        BaselinePackage package;
        try
        {
            package = new BaselinePackage(directory, hash, task.Value, manifest, vocabulary, modelBytes);
        }
        catch (ArgumentException ex)
        {
            return Fail(BaselinePackageErrorCode.InvalidVocabulary, ex.Message);
        }

        BaselineSession session;
        try
        {
            session = _sessions.GetOrCreate(hash, modelBytes);
        }
        catch (OnnxRuntimeException ex)
        {
            return Fail(BaselinePackageErrorCode.ModelLoadFailed, $"ONNX Runtime cannot load {manifest.Files.Model}: {ex.Message}");
        }

        GraphChecks.Check(session.Session, manifest, errors);
        if (errors.Count == 0 && expected.VerifyParity)
        {
            errors.AddRange(BaselineParityCheck.Verify(package, session));
        }

        if (errors.Count > 0)
        {
            _sessions.Remove(hash);
            return BaselinePackageLoadResult.Invalid(errors);
        }

        return BaselinePackageLoadResult.Valid(package);
    }

    private static string[]? ReadVocabulary(byte[] bytes, BaselineManifest manifest, List<BaselinePackageError> errors)
    {
        string[]? vocabulary;
        try
        {
            vocabulary = JsonSerializer.Deserialize<string[]>(bytes);
        }
        catch (JsonException ex)
        {
            errors.Add(new(BaselinePackageErrorCode.InvalidVocabulary, $"{manifest.Files.Vocabulary} is not a JSON array of strings: {ex.Message}"));
            return null;
        }

        var tokenizer = manifest.Tokenizer;
        if (vocabulary is null || vocabulary.Length != tokenizer.VocabularySize)
        {
            errors.Add(new(BaselinePackageErrorCode.InvalidVocabulary, $"{manifest.Files.Vocabulary} has {vocabulary?.Length ?? 0} entries; the manifest says {tokenizer.VocabularySize}"));
            return null;
        }

        foreach (var (id, name) in new[] { (tokenizer.PadId, "padId"), (tokenizer.UnknownId, "unknownId"), (tokenizer.SeparatorId, "separatorId") })
        {
            if (id < 0 || id >= vocabulary.Length)
            {
                errors.Add(new(BaselinePackageErrorCode.InvalidVocabulary, $"tokenizer.{name} is {id}, outside the vocabulary's {vocabulary.Length} entries"));
            }
        }

        return errors.Count > 0 ? null : vocabulary;
    }

    private static string Hash(params byte[][] parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            // Length prefixes keep different splits of the same bytes apart.
            sha.AppendData(BitConverter.GetBytes((long)part.Length));
            sha.AppendData(part);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static BaselinePackageLoadResult Fail(BaselinePackageErrorCode code, string message) =>
        BaselinePackageLoadResult.Invalid([new BaselinePackageError(code, message)]);
}
