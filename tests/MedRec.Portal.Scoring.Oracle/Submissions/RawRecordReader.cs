using System.Text.Json;
using MedRec.Portal.Scoring.Json;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>Reads one framed element into a <see cref="RawRecord"/>, locating every key and value.</summary>
internal static class RawRecordReader
{
    public static RawRecord Read(in ElementFrame frame, JsonElementFramer framer)
    {
        var reader = new Utf8JsonReader(frame.Span, JsonElementFramer.ElementOptions);
        reader.Read();
        var at = framer.Locate(frame.Offset + reader.TokenStartIndex);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return new RawRecord(frame.Number, at, reader.TokenType, []);
        }

        var fields = new List<RawField>(2);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyAt = framer.Locate(frame.Offset + reader.TokenStartIndex);
            var key = GetString(ref reader, keyAt);
            reader.Read();
            var valueAt = framer.Locate(frame.Offset + reader.TokenStartIndex);
            var kind = reader.TokenType;
            string? text = null;
            List<RawItem>? items = null;
            switch (kind)
            {
                case JsonTokenType.String:
                    text = GetString(ref reader, valueAt);
                    break;
                case JsonTokenType.StartArray:
                    items = ReadItems(ref reader, frame, framer);
                    break;
                case JsonTokenType.StartObject:
                    reader.Skip();
                    break;
                default:
                    break;
            }

            fields.Add(new RawField(key, keyAt, kind, valueAt, text, items));
        }

        return new RawRecord(frame.Number, at, JsonTokenType.StartObject, fields);
    }

    private static List<RawItem> ReadItems(ref Utf8JsonReader reader, in ElementFrame frame, JsonElementFramer framer)
    {
        var items = new List<RawItem>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var at = framer.Locate(frame.Offset + reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.String)
            {
                items.Add(new RawItem(JsonTokenType.String, GetString(ref reader, at), at));
                continue;
            }

            items.Add(new RawItem(reader.TokenType, null, at));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return items;
    }

    // Escapes such as a lone "\uD800" pass the syntax check but are not text; say so instead of crashing.
    private static string GetString(ref Utf8JsonReader reader, SourceLocation at)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonInputException(IssueCodes.Syntax, IssueMessages.InvalidString.With(exception.Message), at);
        }
    }
}
