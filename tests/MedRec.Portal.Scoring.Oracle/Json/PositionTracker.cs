using System.Text;

namespace MedRec.Portal.Scoring.Json;

/// <summary>
/// Turns absolute byte offsets of a UTF-8 file into line and character column. It only moves forward and scans each
/// byte once, so a whole file costs one linear pass; callers advance it before discarding buffered bytes.
/// </summary>
internal sealed class PositionTracker
{
    public long Offset { get; private set; }

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    /// <summary>Absolute offset of the first byte of the current line (used to place a reader's byte-in-line position).</summary>
    public long LineStart { get; private set; }

    /// <summary>Moves to <paramref name="target"/>; <paramref name="bytes"/> must hold the bytes from <see cref="Offset"/> on.</summary>
    public void AdvanceTo(long target, ReadOnlySpan<byte> bytes)
    {
        if (target <= Offset)
        {
            return;
        }

        var span = bytes[..(int)(target - Offset)];
        var newlines = span.Count((byte)'\n');
        if (newlines > 0)
        {
            var lastNewline = span.LastIndexOf((byte)'\n');
            Line += newlines;
            LineStart = Offset + lastNewline + 1;
            Column = 1 + CountCharacters(span[(lastNewline + 1)..]);
        }
        else
        {
            Column += CountCharacters(span);
        }

        Offset = target;
    }

    /// <summary>
    /// Moves to the start of 1-based <paramref name="line"/> if it begins within <paramref name="bytes"/> (which start
    /// at <see cref="Offset"/>); returns false when the data ends first.
    /// </summary>
    public bool AdvanceToLine(int line, ReadOnlySpan<byte> bytes)
    {
        var start = Offset;
        while (Line < line)
        {
            var rest = bytes[(int)(Offset - start)..];
            var next = rest.IndexOf((byte)'\n');
            if (next < 0)
            {
                return false;
            }

            AdvanceTo(Offset + next + 1, rest);
        }

        return true;
    }

    // Columns count UTF-16 code units, as editors do: one per Chinese character, two for characters outside the BMP.
    // The decoder's count is vectorised, which matters because every byte of a file passes through here once.
    private static int CountCharacters(ReadOnlySpan<byte> span) => Encoding.UTF8.GetCharCount(span);
}
