using System.Text.Json;
using MedRec.Portal.Scoring.Json;

namespace MedRec.Portal.Scoring.Datasets;

/// <summary>Reads a file that is one JSON array of strings (e.g. the CDrugRed candidate drug list).</summary>
internal static class StringListReader
{
    public static List<string> Read(Stream stream, string what)
    {
        var items = new List<string>();
        try
        {
            var framer = new JsonElementFramer(stream, allowJsonLines: false, maxBytes: long.MaxValue);
            while (true)
            {
                var status = framer.TryNext(out var frame);
                if (status == FrameStatus.End)
                {
                    return items;
                }

                if (status == FrameStatus.NeedMoreData)
                {
                    framer.Fill();
                    continue;
                }

                var reader = new Utf8JsonReader(frame.Span, JsonElementFramer.ElementOptions);
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    var location = framer.Locate(frame.Offset);
                    throw new DatasetFormatException(
                        $"The {what} must be a JSON array of strings, but item {frame.Number} ({location}) is not a string.", frame.Number, location.Line, location.Column);
                }

                items.Add(reader.GetString()!);
            }
        }
        catch (JsonInputException exception)
        {
            throw new DatasetFormatException(exception.Location is { } at ? $"The {what} cannot be read at {at}: {exception.Message}" : $"The {what} cannot be read: {exception.Message}", null, exception.Location?.Line, exception.Location?.Column);
        }
    }
}
