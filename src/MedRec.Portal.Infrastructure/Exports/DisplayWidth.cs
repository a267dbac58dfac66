using System.Globalization;
using System.Text;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// How wide text is in a spreadsheet column, in "characters" of the default font: East Asian wide and full-width
/// characters (Chinese, Japanese, Korean, full-width punctuation) count two, others one. Computed here instead of
/// ClosedXML's AdjustToContents, which needs System.Drawing and libgdiplus on Linux and still measures CJK text
/// with the Latin font (docs/decisions/010-results-export.md).
/// </summary>
public static class DisplayWidth
{
    public const double MinColumnWidth = 6;

    public const double MaxColumnWidth = 60;

    /// <summary>The width of the widest line of <paramref name="text"/>.</summary>
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        // Measured on spans, one text element (a character with its combining marks) at a time, taking the width
        // of its first code point: the export measures every cell, and a string per line and per element was 650 of
        // the streamed workbook's 1,700 MB allocated at 50,000 submissions. A broken surrogate counts as one.
        var widest = 0;
        foreach (var line in text.AsSpan().Split('\n'))
        {
            var width = 0;
            for (var rest = text.AsSpan(line); !rest.IsEmpty;)
            {
                var length = StringInfo.GetNextTextElementLength(rest);
                Rune.DecodeFromUtf16(rest, out var first, out _);
                width += IsWide(first.Value) ? 2 : 1;
                rest = rest[length..];
            }

            widest = Math.Max(widest, width);
        }

        return widest;
    }

    /// <summary>A column width that fits the widest text plus padding (LibreOffice and Excel fonts run a little wider than one unit per character), within sensible bounds.</summary>
    public static double Column(int widestText) => Math.Clamp(widestText + 3, MinColumnWidth, MaxColumnWidth);

    /// <summary>Unicode East Asian Width W or F (the ranges that matter for Chinese text and its punctuation).</summary>
    public static bool IsWide(int codePoint) =>
        codePoint is >= 0x1100 and <= 0x115F // Hangul Jamo
            or >= 0x2E80 and <= 0x303E // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」)
            or >= 0x3041 and <= 0x33FF // Kana, Bopomofo, CJK compatibility
            or >= 0x3400 and <= 0x4DBF // CJK extension A
            or >= 0x4E00 and <= 0x9FFF // CJK unified ideographs
            or >= 0xA000 and <= 0xA4CF // Yi
            or >= 0xAC00 and <= 0xD7A3 // Hangul syllables
            or >= 0xF900 and <= 0xFAFF // CJK compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F // CJK compatibility forms
            or >= 0xFF00 and <= 0xFF60 // full-width forms (，：（）)
            or >= 0xFFE0 and <= 0xFFE6 // full-width signs
            or >= 0x1F300 and <= 0x1F64F // emoji shown wide
            or >= 0x20000 and <= 0x3FFFD; // CJK extensions B and later
}
