namespace MedRec.Portal.Scoring.Json;

/// <summary>
/// One complete top-level element (an item of the top-level array, or one value of a JSON Lines file) lying in the
/// framer's buffer. Valid only until the framer reads more data.
/// </summary>
internal readonly struct ElementFrame(byte[] buffer, int start, int length, long offset, int number)
{
    /// <summary>The element's UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Span => buffer.AsSpan(start, length);

    /// <summary>Absolute byte offset of the element's first byte in the file (after any byte-order mark).</summary>
    public long Offset => offset;

    /// <summary>1-based position of the element in the file (record number).</summary>
    public int Number => number;
}
