using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedRec.Portal.Web.Components.Pages.Organizer.Components.Audit;

/// <summary>One line of an audit event's change: a field, its value before (if the event recorded one) and after.</summary>
public sealed record AuditChangeRow(string Field, string? Before, string? After)
{
    /// <summary>Whether the event recorded the field before and it changed.</summary>
    public bool Changed => Before is not null && Before != After;
}

/// <summary>
/// Turns an audit event's before/after JSON into short lines an organiser can scan: the fields that changed (old →
/// new) when the event recorded both states, else every field it recorded; long values cut, scores to 4 decimals.
/// The full JSON stays available beside it (the page shows it on demand).
/// </summary>
public static class AuditChangeRows
{
    public const int MaxValueLength = 80;

    public static IReadOnlyList<AuditChangeRow> From(string? beforeJson, string? afterJson)
    {
        var before = ParseObject(beforeJson);
        var after = ParseObject(afterJson);
        if (after is null && before is null)
        {
            return [];
        }

        var rows = new List<AuditChangeRow>();
        var fields = (after?.Select(p => p.Key) ?? []).Concat(before?.Select(p => p.Key) ?? []).Distinct(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var old = before is not null && before.TryGetPropertyValue(field, out var o) ? Show(o) : null;
            var now = after is not null && after.TryGetPropertyValue(field, out var n) ? Show(n) : null;
            // With both states recorded, unchanged fields are noise: the change is what the organiser looks for.
            if (before is not null && after is not null && old == now)
            {
                continue;
            }

            rows.Add(new AuditChangeRow(field, before is null ? null : old ?? "—", after is null ? null : now ?? "—"));
        }

        return rows;
    }

    /// <summary>The JSON indented for reading, or the text as it is when it is not JSON.</summary>
    public static string Pretty(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "";
        }

        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Indented) ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject? ParseObject(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node switch
        {
            null => "—",
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            JsonValue value when value.TryGetValue<double>(out var d) && d != Math.Floor(d) => d.ToString("0.####", CultureInfo.InvariantCulture),
            _ => node.ToJsonString(Compact),
        };
        return text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength), "…");
    }
}
