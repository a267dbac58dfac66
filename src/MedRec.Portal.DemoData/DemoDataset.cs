using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.DemoData;

/// <summary>The complete demo data of one task: train, inputs, gold, (candidates,) sample submission and README.</summary>
public sealed class DemoDataset
{
    internal DemoDataset(TaskKind task, DemoDataOptions options, IReadOnlyList<string> inputIds, IReadOnlyList<DemoDataFile> files)
    {
        Task = task;
        Options = options;
        InputIds = inputIds;
        Files = files;
    }

    /// <summary>The task the data belongs to.</summary>
    public TaskKind Task { get; }

    /// <summary>The options it was generated with.</summary>
    public DemoDataOptions Options { get; }

    /// <summary>The identifiers of the phase input records in file order (就诊标识 or 病案标识).</summary>
    public IReadOnlyList<string> InputIds { get; }

    /// <summary>Every file, in the order they are written.</summary>
    public IReadOnlyList<DemoDataFile> Files { get; }

    /// <summary>The file with the given role; throws when the task has none (ICD has no candidate list).</summary>
    public DemoDataFile this[DemoFileRole role] =>
        Files.FirstOrDefault(f => f.Role == role)
        ?? throw new KeyNotFoundException($"The {Task} demo data has no {role} file.");

    /// <summary>Whether the task has a file with the given role.</summary>
    public bool Has(DemoFileRole role) => Files.Any(f => f.Role == role);

    /// <summary>Writes every file into <paramref name="directory"/> (created if missing, files overwritten); returns their full paths.</summary>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>(Files.Count);
        foreach (var file in Files)
        {
            var path = Path.GetFullPath(Path.Combine(directory, file.FileName));
            File.WriteAllBytes(path, file.Content.ToArray());
            paths.Add(path);
        }

        return paths;
    }
}
