using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// The workbook's shared-string table: sheets refer to each distinct text by its index, so a team name or status
/// that repeats on 50,000 rows is stored once (what Excel writes, and what ClosedXML 0.95 and LibreOffice read
/// fastest). The texts are held until <see cref="Write"/>, which comes after the last sheet.
/// </summary>
internal sealed class XlsxSharedStrings
{
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    private readonly List<string> _texts = [];

    private int _references;

    /// <summary>The index of <paramref name="text"/>, adding it the first time.</summary>
    public int Add(string text)
    {
        _references++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _indexes.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    public void Write(OpenXmlWriter writer)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new SharedStringTable(), [
            new OpenXmlAttribute("count", "", _references.ToString(CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("uniqueCount", "", _texts.Count.ToString(CultureInfo.InvariantCulture))]);
        var item = new SharedStringItem();
        var text = new Text();
        foreach (var value in _texts)
        {
            writer.WriteStartElement(item);
            // Leading or trailing blanks and line breaks are dropped by readers unless the text says to keep them.
            var keep = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value.Contains('\n', StringComparison.Ordinal));
            if (keep)
            {
                writer.WriteStartElement(text, PreserveSpace);
            }
            else
            {
                writer.WriteStartElement(text);
            }

            writer.WriteString(Escape(value));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Characters XML cannot carry (control characters other than tab and line breaks, lone surrogates) as the
    /// spreadsheet's own <c>_xHHHH_</c> escape (ECMA-376 §22.9.2.19), instead of a writer exception; so is the
    /// underscore of text that already reads like such an escape, which would otherwise be decoded.
    /// </summary>
    internal static string Escape(string value)
    {
        if (!NeedsEscape(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (!XmlConvert.IsXmlChar(c) || (c == '_' && LooksEscaped(value, i)))
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c) || (c == '_' && LooksEscaped(value, i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksEscaped(string value, int underscore) =>
        underscore + 6 < value.Length && value[underscore + 1] is 'x' or 'X' && value[underscore + 6] == '_'
        && value.AsSpan(underscore + 2, 4).ContainsAnyExcept("0123456789ABCDEFabcdef") == false;
}
