namespace MedRec.Portal.Application.Common;

/// <summary>
/// Reads an upload whole, but never more than a limit: a lying or missing length (a browser's, a multipart part's)
/// cannot make the portal buffer a huge body. The one copy of this loop (submissions, reference predictions,
/// datasets, the REST API's multipart parts, the Submit tab's progress bar).
/// </summary>
public static class BoundedRead
{
    private const int ChunkBytes = 81920;

    /// <summary>
    /// The stream's bytes, or null as soon as there are more than <paramref name="limit"/>.
    /// <paramref name="progress"/> (bytes read so far) is called after each chunk on the caller's context (the awaits
    /// here do not leave it), so a component may re-render from it.
    /// </summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream source, long limit, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int n;
        while ((n = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
            progress?.Invoke(buffer.Length);
        }

        return buffer.ToArray();
    }
}
