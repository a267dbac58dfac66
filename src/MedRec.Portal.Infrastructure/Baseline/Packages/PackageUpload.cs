using System.IO.Compression;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>
/// Turns an upload into the package's files: one .zip (files at its root or in one folder), or the files
/// themselves. Zip-bomb safe: the entry count is bounded, the declared sizes are summed against the limit before
/// anything is inflated, an absurd compression ratio is refused, and inflating stops as soon as an entry yields
/// more than it declared.
/// </summary>
internal static class PackageUpload
{
    public const int MaxEntries = 32;

    /// <summary>Weights and JSON compress by a few times at most; a two-hundredfold entry is a bomb, not a model.</summary>
    public const double MaxCompressionRatio = 200;

    public const string Field = "Package.Archive";

    public static (Dictionary<string, byte[]>? Files, IReadOnlyList<Error> Errors) Read(IReadOnlyList<UploadedPackageFile> uploads, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var zips = uploads.Where(IsZip).ToList();
        if (zips.Count > 0 && uploads.Count > 1)
        {
            return Fail("Upload either one .zip with the whole package, or model.json, the graph and the vocabulary as separate files — not a .zip together with other files.");
        }

        if (zips.Count == 1)
        {
            return ReadZip(zips[0], maxBytes);
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var upload in uploads)
        {
            var name = PlainName(upload.FileName);
            if (!files.TryAdd(name, upload.Content ?? []))
            {
                return Fail($"Two uploaded files are called \"{name}\"; each file of a package has its own name.");
            }
        }

        return (files, []);
    }

    private static (Dictionary<string, byte[]>?, IReadOnlyList<Error>) ReadZip(UploadedPackageFile upload, long maxBytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(upload.Content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            return Fail($"\"{upload.FileName}\" is not a readable .zip ({exception.Message}). Zip model.json, model.onnx and vocab.json again, or upload them separately.");
        }

        using (archive)
        {
            var entries = archive.Entries.Where(e => !IsDirectory(e) && !IsClutter(e.FullName)).ToList();
            if (entries.Count > MaxEntries)
            {
                return Fail($"\"{upload.FileName}\" holds {entries.Count} files; a package has three (model.json, the graph, the vocabulary). Zip only those.");
            }

            var declared = entries.Sum(e => e.Length);
            if (declared > maxBytes)
            {
                return Fail($"\"{upload.FileName}\" unpacks to {declared:N0} bytes; at most {maxBytes:N0} are accepted (Baseline:MaxPackageBytes).");
            }

            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var path = entry.FullName.Replace('\\', '/');
                if (path.Split('/').Any(part => part == "..") || path.StartsWith('/'))
                {
                    return Fail($"\"{upload.FileName}\" has an entry with an unsafe path (\"{entry.FullName}\"); zip the package's files without absolute or \"..\" paths.");
                }

                if (entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > MaxCompressionRatio)
                {
                    return Fail($"\"{entry.FullName}\" in \"{upload.FileName}\" inflates {entry.Length / Math.Max(1, entry.CompressedLength):N0}-fold; that is not a model file. Zip the package's real files.");
                }

                var name = PlainName(path);
                var content = ReadBounded(entry);
                if (content is null)
                {
                    return Fail($"\"{entry.FullName}\" in \"{upload.FileName}\" unpacks to more bytes than its header declares; the .zip is damaged or crafted. Zip the package again.");
                }

                if (!files.TryAdd(name, content))
                {
                    return Fail($"\"{upload.FileName}\" holds two files called \"{name}\"; put one package per .zip.");
                }
            }

            return (files, []);
        }
    }

    /// <summary>Inflates at most the declared length (+1 to notice a lie); null when the entry yields more.</summary>
    private static byte[]? ReadBounded(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[entry.Length];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        return read == buffer.Length && stream.ReadByte() < 0 ? buffer : null;
    }

    private static bool IsZip(UploadedPackageFile file) =>
        file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
        || file.Content is [0x50, 0x4B, 0x03, 0x04, ..];

    private static bool IsDirectory(ZipArchiveEntry entry) => entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');

    // Finder and editors add these; they are never part of a package.
    private static bool IsClutter(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path.Replace('\\', '/')).StartsWith('.');

    private static string PlainName(string path) => Path.GetFileName((path ?? "").Replace('\\', '/')).Trim();

    private static (Dictionary<string, byte[]>?, IReadOnlyList<Error>) Fail(string message) => (null, [Error.Validation(Field, message)]);
}
