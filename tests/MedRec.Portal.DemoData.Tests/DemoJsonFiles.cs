using System.Text;
using System.Text.Json;

namespace MedRec.Portal.DemoData.Tests;

/// <summary>Parses generated files the strict way (UTF-8 without fallback, standard JSON) so format slips fail tests.</summary>
internal static class DemoJsonFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Text(DemoDataFile file) => StrictUtf8.GetString(file.Content.Span);

    public static List<JsonElement> Array(DemoDataFile file)
    {
        using var document = JsonDocument.Parse(file.Content);
        document.RootElement.ValueKind.ShouldBe(JsonValueKind.Array, $"{file.FileName} must be one JSON array");
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static List<JsonElement> Lines(DemoDataFile file)
    {
        var lines = Text(file).Split('\n');
        lines[^1].ShouldBeEmpty($"{file.FileName} must end with a newline");
        return lines[..^1].Select((line, index) =>
        {
            line.ShouldNotBeNullOrWhiteSpace($"{file.FileName} line {index + 1} is blank");
            using var document = JsonDocument.Parse(line);
            document.RootElement.ValueKind.ShouldBe(JsonValueKind.Object, $"{file.FileName} line {index + 1} must be an object");
            return document.RootElement.Clone();
        }).ToList();
    }

    public static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    public static string? StringOrNull(JsonElement record, string key) =>
        record.GetProperty(key).ValueKind == JsonValueKind.Null ? null : record.GetProperty(key).GetString();

    public static List<string> Keys(JsonElement record) => record.EnumerateObject().Select(p => p.Name).ToList();
}
