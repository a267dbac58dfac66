using System.Text.Json;

namespace MedRec.Portal.Scoring.Datasets;

/// <summary>
/// One record of an organiser's dataset file (an input or gold record): its identifier and all its fields.
/// Bare <c>NaN</c>/<c>Infinity</c> tokens of the file read as null.
/// </summary>
public sealed class DatasetRecord
{
    internal DatasetRecord(int recordNumber, int line, string id, JsonElement value)
    {
        RecordNumber = recordNumber;
        Line = line;
        Id = id;
        Value = value;
    }

    /// <summary>1-based position of the record in the file.</summary>
    public int RecordNumber { get; }

    /// <summary>1-based line on which the record starts.</summary>
    public int Line { get; }

    /// <summary>The record's identifier, NFKC-normalised and trimmed (numbers as their JSON text).</summary>
    public string Id { get; }

    /// <summary>The whole record as a JSON object (independent of the file; safe to keep).</summary>
    public JsonElement Value { get; }

    /// <summary>The record's keys in file order.</summary>
    public IEnumerable<string> Keys => Value.EnumerateObject().Select(property => property.Name);

    /// <summary>Whether the record has <paramref name="key"/> (with any value, null included).</summary>
    public bool Has(string key) => Value.TryGetProperty(key, out _);

    /// <summary>
    /// A field as text: a string as is; a number or boolean as its JSON text; null or absent as the empty string
    /// (null text counts as empty); an array of strings as its items joined by <paramref name="separator"/>;
    /// any other array or object as its JSON text.
    /// </summary>
    public string GetText(string key, string separator = "\n")
    {
        if (!Value.TryGetProperty(key, out var field))
        {
            return string.Empty;
        }

        return field.ValueKind switch
        {
            JsonValueKind.String => field.GetString() ?? string.Empty,
            JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
            JsonValueKind.Array when field.EnumerateArray().All(item => item.ValueKind is JsonValueKind.String or JsonValueKind.Null) =>
                string.Join(separator, field.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString())),
            _ => field.GetRawText(),
        };
    }

    /// <summary>
    /// A field that holds a list of strings (e.g. <c>出院带药列表</c>): its items; null or absent gives an empty list.
    /// </summary>
    /// <exception cref="DatasetFormatException">The field is neither a list of strings nor null.</exception>
    public IReadOnlyList<string> GetStrings(string key)
    {
        if (!Value.TryGetProperty(key, out var field) || field.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (field.ValueKind != JsonValueKind.Array)
        {
            throw new DatasetFormatException(
                $"Record {RecordNumber} (line {Line}, id \"{Id}\"): \"{key}\" must be a JSON array of strings, but it is {Describe(field.ValueKind)}.",
                RecordNumber,
                Line,
                null);
        }

        var items = new List<string>(field.GetArrayLength());
        foreach (var item in field.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (item.ValueKind != JsonValueKind.String)
            {
                throw new DatasetFormatException(
                    $"Record {RecordNumber} (line {Line}, id \"{Id}\"): \"{key}\" must hold only strings, but one item is {Describe(item.ValueKind)}.",
                    RecordNumber,
                    Line,
                    null);
            }

            items.Add(item.GetString()!);
        }

        return items;
    }

    /// <summary>A field as a number, or null when it is absent, null (or NaN in the file), or not a number.</summary>
    public double? GetNumber(string key) =>
        Value.TryGetProperty(key, out var field) && field.ValueKind == JsonValueKind.Number ? field.GetDouble() : null;

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => "missing",
    };
}
