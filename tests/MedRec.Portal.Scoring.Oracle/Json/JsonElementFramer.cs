using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Scoring.Json;

/// <summary>
/// Streams a UTF-8 JSON file and hands out its top-level elements one at a time (items of a top-level array, or the
/// values of a JSON Lines file), never holding more than the largest element plus one read in memory. It skips a
/// byte-order mark, checks UTF-8 as bytes arrive, tolerates trailing commas, rejects comments and trailing content,
/// and reports every problem with line and character column (<see cref="JsonInputException"/>).
/// </summary>
/// <remarks>
/// The caller drives it: <see cref="TryNext"/> until it says <see cref="FrameStatus.NeedMoreData"/>, then
/// <see cref="Fill"/> (or <see cref="FillAsync"/>), so one class serves both the synchronous and the asynchronous API.
/// </remarks>
internal sealed class JsonElementFramer
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _allowJsonLines;
    private readonly long _maxBytes;
    private readonly PositionTracker _tracker = new();
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private int _validated;
    private long _bufferOffset;
    private long _totalRead;
    private bool _eof;
    private bool _bomChecked;
    private bool _layoutKnown;
    private bool _arrayOpened;
    private bool _topLevelClosed;
    private int _elements;
    private JsonReaderState _state;

    public JsonElementFramer(Stream stream, bool allowJsonLines, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _allowJsonLines = allowJsonLines;
        _maxBytes = maxBytes;

        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw TooLarge(stream.Length - stream.Position);
        }
    }

    /// <summary>Whether the file is one top-level array (true) or a sequence of values, JSON Lines (false).</summary>
    public bool IsArray { get; private set; }

    /// <summary>Reader options for re-reading a frame on its own: the same leniency as the file as a whole.</summary>
    public static JsonReaderOptions ElementOptions { get; } = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Reads more bytes from the stream (synchronously).</summary>
    public void Fill()
    {
        PrepareFill();
        AfterRead(_stream.Read(_buffer, _end, _buffer.Length - _end));
    }

    /// <summary>Reads more bytes from the stream (asynchronously).</summary>
    public async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        PrepareFill();
        AfterRead(await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Line and column of an absolute offset at or after every offset asked about before.</summary>
    public SourceLocation Locate(long offset)
    {
        if (offset > _tracker.Offset)
        {
            var from = (int)(_tracker.Offset - _bufferOffset);
            var to = (int)Math.Min(offset - _bufferOffset, _end);
            _tracker.AdvanceTo(_bufferOffset + to, _buffer.AsSpan(from, to - from));
        }

        return new SourceLocation(_tracker.Line, _tracker.Column);
    }

    /// <summary>Looks for the next complete element.</summary>
    public FrameStatus TryNext(out ElementFrame frame)
    {
        frame = default;
        if (!_bomChecked)
        {
            if (!_eof && _end < 3)
            {
                return FrameStatus.NeedMoreData;
            }

            SkipByteOrderMark();
        }

        if (!_layoutKnown && !DetectLayout(out var needMore))
        {
            return needMore ? FrameStatus.NeedMoreData : FrameStatus.End;
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
        try
        {
            while (true)
            {
                var stateBefore = reader.CurrentState;
                var consumedBefore = reader.BytesConsumed;
                if (!reader.Read())
                {
                    Commit(reader.BytesConsumed, reader.CurrentState);
                    return _eof ? FrameStatus.End : FrameStatus.NeedMoreData;
                }

                if (IsArray && !_arrayOpened)
                {
                    _arrayOpened = true;
                    continue;
                }

                if (IsArray && reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
                {
                    _topLevelClosed = true;
                    continue;
                }

                var tokenStart = reader.TokenStartIndex;
                var afterElement = reader;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !afterElement.TrySkip())
                {
                    // The element continues past the buffered bytes: rewind to its start and wait for more data.
                    Commit(consumedBefore, stateBefore);
                    return FrameStatus.NeedMoreData;
                }

                var start = _start + (int)tokenStart;
                var length = (int)(afterElement.BytesConsumed - tokenStart);
                frame = new ElementFrame(_buffer, start, length, _bufferOffset + start, ++_elements);
                Commit(afterElement.BytesConsumed, afterElement.CurrentState);
                return FrameStatus.Element;
            }
        }
        catch (JsonException exception)
        {
            throw SyntaxError(exception);
        }
    }

    private bool DetectLayout(out bool needMore)
    {
        needMore = false;
        var first = _buffer.AsSpan(_start, _end - _start).IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            if (!_eof)
            {
                needMore = true;
                return false;
            }

            throw new JsonInputException(IssueCodes.EmptyFile, IssueMessages.EmptyFile.With(), null);
        }

        var firstByte = _buffer[_start + first];
        if (firstByte != (byte)'[' && !_allowJsonLines)
        {
            var location = Locate(_bufferOffset + _start + first);
            throw new JsonInputException(
                IssueCodes.NotArray,
                IssueMessages.NotArray.With((char)firstByte),
                location);
        }

        IsArray = firstByte == (byte)'[';
        _layoutKnown = true;
        _state = new JsonReaderState(new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowMultipleValues = !IsArray,
        });
        return true;
    }

    private void SkipByteOrderMark()
    {
        _bomChecked = true;
        if (_buffer.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
        {
            _start += 3;

            // Offsets count from the first byte after the mark, so columns on line 1 ignore it.
            _bufferOffset = -3;
        }
    }

    private void Commit(long consumed, JsonReaderState state)
    {
        _start += (int)consumed;
        _state = state;
    }

    private void PrepareFill()
    {
        if (_eof)
        {
            throw new InvalidOperationException("The whole file has been read already.");
        }

        if (_start > 0)
        {
            // Positions of discarded bytes can no longer be computed: move the tracker past them first.
            Locate(_bufferOffset + _start);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _validated -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    private void AfterRead(int read)
    {
        if (read == 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
            _totalRead += read;
            if (_totalRead > _maxBytes)
            {
                throw TooLarge(null);
            }
        }

        ValidateUtf8();
    }

    private void ValidateUtf8()
    {
        var limit = _eof ? _end : _end - IncompleteTailLength(_buffer.AsSpan(_validated, _end - _validated));
        var span = _buffer.AsSpan(_validated, limit - _validated);
        if (!Utf8.IsValid(span))
        {
            var bad = FirstInvalidByte(span);
            var location = Locate(_bufferOffset + _validated + bad);
            throw new JsonInputException(
                IssueCodes.InvalidUtf8,
                IssueMessages.InvalidUtf8.With(span[bad].ToString("X2", CultureInfo.InvariantCulture)),
                location);
        }

        _validated = limit;
    }

    // Bytes at the end of the buffer that start a multi-byte character whose remaining bytes have not arrived yet.
    private static int IncompleteTailLength(ReadOnlySpan<byte> span)
    {
        for (var i = span.Length - 1; i >= Math.Max(0, span.Length - 4); i--)
        {
            var b = span[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return span.Length - i < needed ? span.Length - i : 0;
        }

        return 0;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> span)
    {
        var index = 0;
        while (index < span.Length && Rune.DecodeFromUtf8(span[index..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    private JsonInputException TooLarge(long? size)
    {
        var bytes = _maxBytes.ToString("N0", CultureInfo.InvariantCulture);
        var mebibytes = (_maxBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
        var text = size is { } known
            ? IssueMessages.TooLargeKnownSize.With(known.ToString("N0", CultureInfo.InvariantCulture), bytes, mebibytes)
            : IssueMessages.TooLargeWhileReading.With(bytes, mebibytes);
        return new JsonInputException(IssueCodes.TooLarge, text, null);
    }

    private JsonInputException SyntaxError(JsonException exception)
    {
        var location = LocateReaderPosition(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0, out var offset);
        var at = _buffer.AsSpan((int)Math.Min(offset - _bufferOffset, _end), (int)Math.Max(0, _end - (offset - _bufferOffset)));
        var detail = StripReaderPosition(exception.Message);

        if (at.StartsWith("/"u8))
        {
            return new JsonInputException(IssueCodes.Comment, IssueMessages.Comment.With(), location);
        }

        if (at.StartsWith("NaN"u8) || at.StartsWith("Infinity"u8) || at.StartsWith("-Infinity"u8))
        {
            // The reader stops at the 'I' of "-Infinity"; point at the sign, where the token starts.
            var index = offset - _bufferOffset;
            if (at.StartsWith("Infinity"u8) && index > 0 && _buffer[index - 1] == (byte)'-')
            {
                location = location with { Column = location.Column - 1 };
            }

            return new JsonInputException(IssueCodes.NonFiniteNumber, IssueMessages.NonFiniteNumber.With(), location);
        }

        if (_topLevelClosed)
        {
            return new JsonInputException(IssueCodes.TrailingContent, IssueMessages.TrailingContent.With(), location);
        }

        return new JsonInputException(IssueCodes.Syntax, IssueMessages.Syntax.With(detail), location);
    }

    // The reader counts lines from 0 and positions in bytes; find the byte, then the character column.
    private SourceLocation LocateReaderPosition(long line, long byteInLine, out long offset)
    {
        var from = (int)(_tracker.Offset - _bufferOffset);
        _tracker.AdvanceToLine((int)line + 1, _buffer.AsSpan(from, _end - from));
        offset = Math.Min(_tracker.LineStart + byteInLine, _bufferOffset + _end);
        offset = Math.Max(offset, _tracker.Offset);
        return Locate(offset);
    }

    private static string StripReaderPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (path >= 0 && (cut < 0 || path < cut))
        {
            cut = path;
        }

        return cut >= 0 ? message[..cut] : message;
    }
}
