using System.Globalization;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Reads an uploaded prediction file with the upload rules every prediction file follows (a team's submission and
/// an organiser's reference predictions alike): bounded by the size limit, not empty, JSON rather than an archive.
/// </summary>
public static class PredictionFileReader
{
    private const string FileField = "File";

    /// <summary>Reads at most <paramref name="maxBytes"/> (<see cref="BoundedRead"/>), so a lying or missing length cannot make us buffer a huge upload.</summary>
    public static async Task<Result<byte[]>> ReadAsync(Stream content, long? declaredLength, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = string.Create(CultureInfo.InvariantCulture, $"{maxBytes:N0} bytes ({maxBytes / (1024.0 * 1024.0):0.#} MiB)");
        if (declaredLength is { } declared && declared > maxBytes)
        {
            return SubmissionErrors.DeclaredTooLarge.ForField(FileField, declared.ToString("N0", CultureInfo.InvariantCulture), limit);
        }

        ArgumentNullException.ThrowIfNull(content);
        if (await BoundedRead.ReadAtMostAsync(content, maxBytes, cancellationToken: cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return SubmissionErrors.ReadTooLarge.ForField(FileField, limit);
        }

        if (bytes.Length == 0 || FileSniffer.IsBlank(bytes))
        {
            return SubmissionErrors.EmptyFile.ForField(FileField);
        }

        if (FileSniffer.DescribeNonJson(bytes) is { } what)
        {
            return SubmissionErrors.NotJson.ForField(FileField, what);
        }

        return bytes;
    }
}
