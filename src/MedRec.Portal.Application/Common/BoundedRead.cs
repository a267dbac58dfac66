namespace MedRec.Portal.Application.Common;

/// <summary>
/// Reads an upload whole, but never more than a limit: a lying or missing length (a browser's, a multipart part's)
/// cannot make the portal buffer a huge body. The one copy of this loop (submissions, reference predictions,
/// datasets, the REST API's multipart parts, the Submit tab's progress bar).
/// </summary>
public static class BoundedRead
{
    private const int ChunkBytes = 81920;

    /// <summary>The most a size hint reserves before any byte arrived (a declared length is the sender's word).</summary>
    private const long MaxHintBytes = 2L * 1024 * 1024;

    /// <summary>
    /// The stream's bytes, or null as soon as there are more than <paramref name="limit"/>.
    /// <paramref name="progress"/> (bytes read so far) is called after each chunk on the caller's context (the awaits
    /// here do not leave it), so a component may re-render from it. <paramref name="sizeHint"/> (e.g. the request's
    /// declared length) sizes the buffer up front, up to 2 MiB; it is only a hint, the limit still decides.
    /// </summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream source, long limit, Action<long>? progress = null, CancellationToken cancellationToken = default, long? sizeHint = null)
    {
        ArgumentNullException.ThrowIfNull(source);

        // An upload already in memory says how much is left: one exact buffer, and no doubling copies of a growing
        // one. At a deadline those copies of 100 KiB and more were most of the allocations, and large objects
        // churning is what makes the GC run full collections. (Other seekable streams, such as a multipart section
        // over a buffered body, may report only what they have seen so far as their length.)
        if (source is MemoryStream && progress is null)
        {
            var remaining = source.Length - source.Position;
            if (remaining > limit)
            {
                return null;
            }

            var exact = new byte[remaining];
            await source.ReadExactlyAsync(exact, cancellationToken).ConfigureAwait(false);
            return source.ReadByte() < 0 ? exact : null;
        }

        using var buffer = new MemoryStream(sizeHint is > 0 ? (int)Math.Min(sizeHint.Value, Math.Min(limit, MaxHintBytes)) : 0);
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

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
