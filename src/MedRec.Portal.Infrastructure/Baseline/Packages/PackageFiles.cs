namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>Where a package's files come from: a folder, or bytes in memory (an upload, the database).</summary>
internal interface IPackageFiles
{
    /// <summary>How messages name the source ("\"/models/x\"", "the uploaded package").</summary>
    string Description { get; }

    bool Exists(string name);

    byte[] Read(string name);
}

internal sealed class DirectoryPackageFiles(string directory) : IPackageFiles
{
    public string Description => $"\"{directory}\"";

    // Only plain names inside the folder: a manifest must not point the loader elsewhere on the disk.
    public bool Exists(string name) => IsPlainName(name) && File.Exists(Path.Combine(directory, name));

    public byte[] Read(string name) => File.ReadAllBytes(Path.Combine(directory, name));

    internal static bool IsPlainName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name == Path.GetFileName(name) && name is not ("." or "..");
}

internal sealed class MemoryPackageFiles(IReadOnlyDictionary<string, byte[]> files, string description) : IPackageFiles
{
    public string Description => description;

    public bool Exists(string name) => files.ContainsKey(name);

    public byte[] Read(string name) => files[name];
}
