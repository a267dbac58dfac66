using System.Text;
using System.Text.Json;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// Cheap checks on a string value as it lies in the file, so the common case needs neither a string nor
/// <see cref="string.Normalize()"/>: printable ASCII with no white space at either end is already NFKC-normal and trimmed.
/// </summary>
internal static class RawText
{
    /// <summary>
    /// True when <paramref name="value"/>'s bytes are certainly <see cref="TextNormalizer.Normalize"/>'s output for
    /// themselves: unescaped, ASCII, not empty, no control or space character at either end. False means "not known",
    /// never "not normal": callers then take the string path.
    /// </summary>
    public static bool IsKnownNormal(ReadOnlySpan<byte> value) =>
        value.Length > 0 && value[0] > 0x20 && value[^1] > 0x20 && System.Text.Ascii.IsValid(value);

    /// <summary>The string value of the reader's current token, normalised (the slow, general path).</summary>
    public static string Normalized(ref Utf8JsonReader reader) => TextNormalizer.Normalize(reader.GetString()!);

    /// <summary><paramref name="value"/> as UTF-8 into <paramref name="scratch"/> (grown when too small).</summary>
    public static ReadOnlySpan<byte> ToUtf8(string value, ref byte[] scratch)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (scratch.Length < needed)
        {
            scratch = new byte[Math.Max(needed, scratch.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, scratch);
        return scratch.AsSpan(0, written);
    }
}
