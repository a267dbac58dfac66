namespace MedRec.Portal.Scoring.Tests;

/// <summary>
/// A non-seekable stream that returns at most a few bytes per read, so every token, multi-byte character and
/// NaN token gets cut at a buffer boundary somewhere (as network uploads can cut them).
/// </summary>
internal sealed class TrickleStream(byte[] data, int maxChunk = 3) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var size = Math.Min(Math.Min(count, maxChunk - (_position % maxChunk)), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, size);
        _position += size;
        return size;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
