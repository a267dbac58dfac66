using System.IO.Compression;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Bundles;

/// <summary>
/// The files of a bundle by their bundle-relative path (forward slashes): a folder on disk or the entries of a .zip.
/// Paths that would leave the bundle are refused before anything is read.
/// </summary>
public sealed class BundleFiles
{
    /// <summary>The most a bundle may hold unpacked: official splits are a few MiB each, so this only stops zip bombs.</summary>
    public const long MaxUnpackedBytes = 512L * 1024 * 1024;

    private readonly Func<string, byte[]?> _read;

    private BundleFiles(Func<string, byte[]?> read) => _read = read;

    /// <summary>A bundle folder; files are read when asked for.</summary>
    public static BundleFiles FromDirectory(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"bundle folder not found: {root}");
        }

        return new BundleFiles(path =>
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? File.ReadAllBytes(full) : null;
        });
    }

    /// <summary>A .zip upload, unpacked in memory under <see cref="MaxUnpackedBytes"/>. A top folder holding competition.yaml is looked through.</summary>
    public static Result<BundleFiles> FromZip(Stream zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                total += entry.Length;
                if (total > MaxUnpackedBytes)
                {
                    return BundleErrors.TooLarge.With(MaxUnpackedBytes);
                }

                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries[entry.FullName.Replace('\\', '/')] = copy.ToArray();
            }
        }
        catch (InvalidDataException invalid)
        {
            return BundleErrors.NotAZip.With(invalid.Message);
        }

        // Zipping a folder often adds the folder's own name in front of every path.
        var prefix = entries.ContainsKey(CompetitionBundle.ConfigFileName)
            ? ""
            : entries.Keys.Where(k => k.EndsWith("/" + CompetitionBundle.ConfigFileName, StringComparison.Ordinal) && k.Count(c => c == '/') == 1)
                .Select(k => k[..(k.Length - CompetitionBundle.ConfigFileName.Length)]).FirstOrDefault() ?? "";
        return new BundleFiles(path => entries.GetValueOrDefault(prefix + path));
    }

    /// <summary>Whether <paramref name="path"/> is a safe bundle-relative path.</summary>
    public static bool IsSafePath(string path) =>
        !string.IsNullOrWhiteSpace(path)
        && !path.StartsWith('/') && !path.Contains('\\') && !path.Contains(':')
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    /// <summary>The file's bytes, or null when the bundle has no such file (or the path is unsafe).</summary>
    public byte[]? Read(string path) => IsSafePath(path) ? _read(path) : null;
}
