using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Reads an uploaded prediction file with the upload rules every prediction file follows (a team's submission and
/// an organiser's reference predictions alike): bounded by the size limit, not empty, JSON rather than an archive.
/// </summary>
public static class PredictionFileReader
{
    private const string FileField = "File";

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes, so a lying or missing length cannot make us buffer a huge upload.</summary>
    public static async Task<Result<byte[]>> ReadAsync(Stream content, long? declaredLength, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = $"{maxBytes:N0} bytes ({maxBytes / (1024.0 * 1024.0):0.#} MiB)";
        if (declaredLength is { } declared && declared > maxBytes)
        {
            return Error.Validation(FileField, $"The file has {declared:N0} bytes; at most {limit} are accepted. Remove indentation or extra fields to make it smaller.");
        }

        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                return Error.Validation(FileField, $"The file is larger than {limit}, the most accepted. Remove indentation or extra fields to make it smaller.");
            }
        }

        var bytes = buffer.ToArray();
        if (bytes.Length == 0 || FileSniffer.IsBlank(bytes))
        {
            return Error.Validation(FileField, "The file is empty. Upload the JSON array of your predictions.");
        }

        if (FileSniffer.DescribeNonJson(bytes) is { } what)
        {
            return Error.Validation(FileField, $"The file is {what}, not a JSON file. Upload the uncompressed .json prediction file itself (a JSON array, UTF-8).");
        }

        return bytes;
    }
}
