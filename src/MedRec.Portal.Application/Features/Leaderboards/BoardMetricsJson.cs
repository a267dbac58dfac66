using System.Text.Json;
using MedRec.Portal.Domain.Scores;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>Reads and writes metrics stored as a JSON object (key → value, display order) in the task's column order.</summary>
internal static class BoardMetricsJson
{
    public static string Write(IEnumerable<MetricScore> metrics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var metric in metrics)
            {
                writer.WriteNumber(metric.Key, metric.Value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Dictionary<string, double> Read(string? json)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number)
            {
                values[property.Name] = property.Value.GetDouble();
            }
        }

        return values;
    }

    /// <summary>
    /// The metrics in the task's column order. A stored set lacking a column (an older scorer) gets
    /// <paramref name="primaryFallback"/> for the primary key and 0 elsewhere, so ranking never fails on old rows.
    /// </summary>
    public static MetricScores InColumnOrder(IReadOnlyDictionary<string, double> values, LeaderboardMetrics metrics, double primaryFallback) =>
        new(metrics.Columns.Select((column, index) => new MetricScore(
            column.Key,
            values.TryGetValue(column.Key, out var value) ? value : index == 0 ? primaryFallback : 0)));
}
