using System.Text;
using System.Text.Json;

namespace MedRec.Portal.Infrastructure.Baseline.Records;

/// <summary>
/// Reads a phase's input records for the baseline runner: a JSON array or JSON Lines, UTF-8 with or without BOM,
/// bare <c>NaN</c> read as null (docs/scoring.md, "Reading dataset files").
/// </summary>
/// <remarks>
/// A small adapter kept until the Scoring library's dataset reader is merged into this branch; it produces the
/// same records (raw values per key), so swapping it changes no model input.
/// </remarks>
public static class DatasetRecordFile
{
    /// <summary>Reads every record and takes its identifier from <paramref name="idField"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON (with line and column), a record is not an object, or it lacks the identifier.</exception>
    public static IReadOnlyList<BaselineInputRecord> Read(Stream stream, string idField)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException("the input file is not valid UTF-8; save it as UTF-8 and load it again", ex);
        }

        var cleaned = NanTokens.ReplaceWithNull(text);
        var trimmed = cleaned.AsSpan().TrimStart();
        var elements = trimmed.Length > 0 && trimmed[0] == '['
            ? ParseArray(cleaned)
            : ParseLines(cleaned);

        var records = new List<BaselineInputRecord>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            records.Add(ToRecord(elements[i], idField, i + 1));
        }

        return records;
    }

    private static List<JsonElement> ParseArray(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("the input file must be a JSON array of records or JSON Lines");
            }

            return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the input file is not valid JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }
    }

    private static List<JsonElement> ParseLines(string text)
    {
        var result = new List<JsonElement>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                result.Add(document.RootElement.Clone());
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"line {lineNumber} of the input file is not a JSON record: {ex.Message}", ex);
            }
        }

        return result;
    }

    private static BaselineInputRecord ToRecord(JsonElement element, string idField, int position)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"record {position} of the input file is a JSON {element.ValueKind}, not an object");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        if (!fields.TryGetValue(idField, out var id) || id.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            throw new InvalidDataException($"record {position} of the input file has no \"{idField}\"; every record needs its identifier");
        }

        var idText = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
        return new BaselineInputRecord(idText.Trim(), fields);
    }
}
