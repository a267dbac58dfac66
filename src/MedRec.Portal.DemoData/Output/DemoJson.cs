using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedRec.Portal.DemoData.Output;

/// <summary>Writes the demo files as UTF-8 JSON with Chinese left readable (not \u-escaped), like the official files.</summary>
internal static class DemoJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON array, one element per item, indented.</summary>
    public static byte[] Array<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writeItem(writer, item);
            }

            writer.WriteEndArray();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>JSON Lines: one compact object per line, LF-terminated.</summary>
    public static byte[] Lines<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        using var buffer = new MemoryStream();
        foreach (var item in items)
        {
            using (var writer = new Utf8JsonWriter(buffer, Compact))
            {
                writeItem(writer, item);
            }

            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }

    public static void WriteStringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteStringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
