using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Cli.Inputs;

/// <summary>
/// Opens and reads the files a command is given, turning every way they can fail into a <see cref="CliUsageException"/>
/// that names the option and the path.
/// </summary>
internal static class InputFiles
{
    /// <summary>Opens a file for reading; a missing or unreadable file is a usage error naming <paramref name="option"/>.</summary>
    public static FileStream Open(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliUsageException($"{option} needs a file path.");
        }

        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{option} {path} is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"{option} file not found: {Path.GetFullPath(path)}");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option} {path} cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The task definition: ICD's is built in; CDrugRed's needs <c>--candidates</c>, which is a usage error to omit
    /// (and to give for ICD, where it would silently mean nothing).
    /// </summary>
    public static TaskDefinition LoadTask(TaskKind task, string? candidatesPath)
    {
        if (task == TaskKind.Icd)
        {
            return candidatesPath is null
                ? IcdTaskDefinition.Instance
                : throw new CliUsageException("--candidates applies only to --task cdrugred; the ICD code lists are built in. Remove --candidates.");
        }

        if (candidatesPath is null)
        {
            throw new CliUsageException("--candidates FILE is required for --task cdrugred: give the phase's candidate drug list (a JSON array of names).");
        }

        using var stream = Open(candidatesPath, "--candidates");
        try
        {
            return CDrugRedTaskDefinition.Load(stream);
        }
        catch (DatasetFormatException exception)
        {
            throw new CliUsageException($"--candidates {candidatesPath}: {exception.Message}", exception);
        }
    }

    public static async Task<GoldSet> ReadGoldAsync(TaskDefinition task, string path, CancellationToken cancellationToken)
    {
        await using var stream = MappedInputFile.Open(path, "--gold");
        try
        {
            var gold = await GoldSet.ReadAsync(task, stream, cancellationToken).ConfigureAwait(false);
            return gold.Count > 0 ? gold : throw new CliUsageException($"--gold {path} has no records: there is nothing to score against.");
        }
        catch (DatasetFormatException exception)
        {
            throw new CliUsageException($"--gold {path}: {exception.Message}", exception);
        }
    }

    public static async Task<IReadOnlySet<string>> ReadInputIdsAsync(TaskDefinition task, string path, CancellationToken cancellationToken)
    {
        await using var stream = Open(path, "--inputs");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var record in DatasetReader.ReadAsync(stream, task.DatasetIdKey, cancellationToken).ConfigureAwait(false))
            {
                ids.Add(record.Id);
            }
        }
        catch (DatasetFormatException exception)
        {
            throw new CliUsageException($"--inputs {path}: {exception.Message}", exception);
        }

        return ids.Count > 0 ? ids : throw new CliUsageException($"--inputs {path} has no records: there is nothing to validate against.");
    }

    /// <summary>The phase options from the command line; <c>--max-additional-codes</c> is ICD-only and at least 1.</summary>
    public static ScoringOptions ScoringOptions(TaskKind task, int? maxAdditionalCodes)
    {
        if (maxAdditionalCodes is null)
        {
            return Scoring.ScoringOptions.Default;
        }

        if (task != TaskKind.Icd)
        {
            throw new CliUsageException("--max-additional-codes applies only to --task icd.");
        }

        return maxAdditionalCodes < 1
            ? throw new CliUsageException($"--max-additional-codes must be at least 1 (the task requires one additional code), not {maxAdditionalCodes}.")
            : Scoring.ScoringOptions.Default with { MaxAdditionalCodes = maxAdditionalCodes };
    }
}
