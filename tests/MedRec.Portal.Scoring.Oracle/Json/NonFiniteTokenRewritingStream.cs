namespace MedRec.Portal.Scoring.Json;

/// <summary>
/// A read-only stream that rewrites the bare tokens <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> outside JSON
/// strings to <c>null</c>. The public copies of the organisers' dataset files contain such tokens (pandas writes them),
/// which no JSON parser accepts; the same text inside a string is left alone. Used for dataset files only: a
/// submission containing them is an error.
/// </summary>
/// <remarks>
/// <c>Infinity</c> and <c>-Infinity</c> are padded with spaces to keep their length; <c>NaN</c> becomes one byte
/// longer, which shifts columns after it on that line by one (dataset errors report lines, so this is harmless).
/// </remarks>
internal sealed class NonFiniteTokenRewritingStream(Stream inner, bool leaveOpen) : Stream
{
    private static readonly byte[][] Tokens = ["NaN"u8.ToArray(), "Infinity"u8.ToArray(), "-Infinity"u8.ToArray()];
    private static readonly byte[][] Replacements = ["null"u8.ToArray(), "null    "u8.ToArray(), "null     "u8.ToArray()];

    private readonly byte[] _input = new byte[32 * 1024];
    private byte[] _output = new byte[(32 * 1024) + 64];
    private int _outputStart;
    private int _outputEnd;
    private int _carry;
    private bool _innerDone;
    private bool _inString;
    private bool _escaped;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_outputStart == _outputEnd && !(_innerDone && _carry == 0))
        {
            var read = _innerDone ? 0 : inner.Read(_input, _carry, _input.Length - _carry);
            Transform(read);
        }

        return CopyOut(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_outputStart == _outputEnd && !(_innerDone && _carry == 0))
        {
            var read = _innerDone ? 0 : await inner.ReadAsync(_input.AsMemory(_carry, _input.Length - _carry), cancellationToken).ConfigureAwait(false);
            Transform(read);
        }

        return CopyOut(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int CopyOut(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _outputEnd - _outputStart);
        _output.AsSpan(_outputStart, count).CopyTo(buffer);
        _outputStart += count;
        return count;
    }

    // Rewrites _input[0 .. _carry + read) into _output. A possible token cut by the end of the chunk is carried over.
    private void Transform(int read)
    {
        if (read == 0)
        {
            _innerDone = true;
        }

        var length = _carry + read;
        var input = _input.AsSpan(0, length);
        if (_output.Length < (length * 2) + 16)
        {
            _output = new byte[(length * 2) + 16];
        }

        var written = 0;
        var i = 0;
        _carry = 0;
        while (i < length)
        {
            var b = input[i];
            if (_inString)
            {
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    _escaped = true;
                }
                else if (b == (byte)'"')
                {
                    _inString = false;
                }

                _output[written++] = b;
                i++;
                continue;
            }

            if (b == (byte)'"')
            {
                _inString = true;
            }
            else if (b is (byte)'N' or (byte)'I' or (byte)'-')
            {
                var match = MatchToken(input[i..], out var partial);
                if (match >= 0)
                {
                    Replacements[match].CopyTo(_output.AsSpan(written));
                    written += Replacements[match].Length;
                    i += Tokens[match].Length;
                    continue;
                }

                if (partial && !_innerDone)
                {
                    // Keep the unfinished bytes for the next chunk, where the token may complete.
                    input[i..].CopyTo(_input);
                    _carry = length - i;
                    break;
                }
            }

            _output[written++] = b;
            i++;
        }

        _outputStart = 0;
        _outputEnd = written;
    }

    private static int MatchToken(ReadOnlySpan<byte> rest, out bool partial)
    {
        partial = false;
        for (var t = 0; t < Tokens.Length; t++)
        {
            var token = Tokens[t];
            if (rest.StartsWith(token))
            {
                return t;
            }

            if (rest.Length < token.Length && token.AsSpan().StartsWith(rest))
            {
                partial = true;
            }
        }

        return -1;
    }
}
