using System.Text.Json;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Scores;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// The one codec of stored metrics (submissions, baselines, runs, snapshot rows, overrides): a JSON object
/// (key → value) in display order, primary first.
/// </summary>
public static class MetricValues
{
    public static string ToJson(IEnumerable<MetricScore> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
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

    /// <summary>The stored metrics in stored (display) order; empty when none are stored. Non-numeric values are skipped.</summary>
    public static IReadOnlyList<MetricScore> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => new MetricScore(p.Name, p.Value.GetDouble()))];
    }

    /// <summary>The stored metrics by key (the last of a repeated key wins); empty when none are stored.</summary>
    public static Dictionary<string, double> Read(string? json)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in Parse(json))
        {
            values[metric.Key] = metric.Value;
        }

        return values;
    }

    /// <summary>
    /// The metrics in the task's column order. A stored set lacking a column (an older scorer) gets
    /// <paramref name="primaryFallback"/> for the primary key and 0 elsewhere, so ranking never fails on old rows.
    /// </summary>
    public static MetricScores InColumnOrder(IReadOnlyDictionary<string, double> values, LeaderboardMetrics metrics, double primaryFallback)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(metrics);
        return new(metrics.Columns.Select((column, index) => new MetricScore(
            column.Key,
            values.TryGetValue(column.Key, out var value) ? value : index == 0 ? primaryFallback : 0)));
    }
}
