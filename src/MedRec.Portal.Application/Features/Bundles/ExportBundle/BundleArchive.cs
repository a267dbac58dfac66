using System.IO.Compression;
using System.Text;

namespace MedRec.Portal.Application.Features.Bundles.ExportBundle;

/// <summary>Writes an exported bundle as a folder or a .zip (fixed entry times, so the same bundle gives the same bytes).</summary>
public static class BundleArchive
{
    private static readonly DateTimeOffset EntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void WriteDirectory(ExportedBundle bundle, string directory)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, CompetitionBundle.ConfigFileName), bundle.Yaml, new UTF8Encoding(false));
        foreach (var file in bundle.Files)
        {
            var path = Path.Combine(directory, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    public static byte[] ToZip(ExportedBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, CompetitionBundle.ConfigFileName, new UTF8Encoding(false).GetBytes(bundle.Yaml));
            foreach (var file in bundle.Files)
            {
                Add(archive, file.Path, file.Content);
            }
        }

        return memory.ToArray();
    }

    private static void Add(ZipArchive archive, string path, byte[] content)
    {
        var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
