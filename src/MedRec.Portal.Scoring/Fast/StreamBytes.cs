using System.Buffers;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// A file's bytes in one pooled buffer (return it with <see cref="Dispose"/>), or, for an
/// <see cref="UnmanagedMemoryStream"/> over a pointer (the CLI's memory-mapped inputs), that stream's own memory, read
/// in place: no copy, and no buffer whose every page is a fault in a fresh process. Such memory belongs to the stream,
/// which must stay undisposed while these bytes are used (the readers copy what they keep).
/// </summary>
internal sealed class StreamBytes : IDisposable
{
    private readonly unsafe byte* _borrowed;
    private byte[] _buffer;

    private StreamBytes(byte[] buffer, int length, bool complete)
    {
        _buffer = buffer;
        Length = length;
        IsComplete = complete;
    }

    private unsafe StreamBytes(byte* borrowed, int length)
    {
        _buffer = [];
        _borrowed = borrowed;
        Length = length;
        IsComplete = true;
    }

    public int Length { get; }

    /// <summary>False when reading stopped at the limit before the end of the stream.</summary>
    public bool IsComplete { get; }

    public unsafe ReadOnlySpan<byte> Span => _borrowed is null ? _buffer.AsSpan(0, Length) : new ReadOnlySpan<byte>(_borrowed, Length);

    /// <summary>The bytes as a read-only stream (for the rule-by-rule readers).</summary>
    public unsafe Stream AsStream() => _borrowed is null ? new MemoryStream(_buffer, 0, Length, writable: false) : new UnmanagedMemoryStream(_borrowed, Length);

    /// <summary>Reads the rest of <paramref name="stream"/>, or stops once more than <paramref name="limit"/> bytes came.</summary>
    public static StreamBytes Read(Stream stream, long limit)
    {
        if (TryBorrow(stream, limit) is { } borrowed)
        {
            return borrowed;
        }

        var buffer = Rent(stream, limit);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length && !Grow(ref buffer, length, limit))
            {
                return new StreamBytes(buffer, length, complete: false);
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return new StreamBytes(buffer, length, complete: true);
            }

            length += read;
        }
    }

    /// <inheritdoc cref="Read"/>
    public static async ValueTask<StreamBytes> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        if (TryBorrow(stream, limit) is { } borrowed)
        {
            return borrowed;
        }

        var buffer = Rent(stream, limit);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length && !Grow(ref buffer, length, limit))
            {
                return new StreamBytes(buffer, length, complete: false);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new StreamBytes(buffer, length, complete: true);
            }

            length += read;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The rest of an UnmanagedMemoryStream made over a pointer, in place, when it is within the limit (else it is read
    // as any stream, which finds it too large); the stream is left at its end, as reading it would. One made over a
    // SafeBuffer has no pointer to give, and is read.
    private static unsafe StreamBytes? TryBorrow(Stream stream, long limit)
    {
        if (stream is not UnmanagedMemoryStream { CanRead: true, CanSeek: true } memory)
        {
            return null;
        }

        var rest = memory.Length - memory.Position;
        if (rest < 0 || rest > limit || rest > Array.MaxLength)
        {
            return null;
        }

        byte* pointer;
        try
        {
            pointer = memory.PositionPointer;
        }
        catch (NotSupportedException)
        {
            return null;
        }

        memory.Position = memory.Length;
        return new StreamBytes(pointer, (int)rest);
    }

    // One byte more than the known rest, so the final read sees the end without growing.
    private static byte[] Rent(Stream stream, long limit)
    {
        var size = 64 * 1024L;
        if (stream.CanSeek)
        {
            size = Math.Max(0, stream.Length - stream.Position) + 1;
        }

        return ArrayPool<byte>.Shared.Rent((int)Math.Min(size, Cap(limit)));
    }

    // The most bytes worth holding: one past the limit tells "too large" from "exactly at the limit".
    private static long Cap(long limit) => limit >= Array.MaxLength ? Array.MaxLength : limit + 1;

    private static bool Grow(ref byte[] buffer, int length, long limit)
    {
        if (length > limit || length >= Array.MaxLength)
        {
            return false;
        }

        var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Cap(limit)));
        buffer.AsSpan(0, length).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = grown;
        return true;
    }
}
