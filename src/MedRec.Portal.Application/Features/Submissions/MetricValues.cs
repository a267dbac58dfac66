using System.Text.Json;
using MedRec.Portal.Domain.Scores;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>Metrics stored as a JSON object (key → value) in display order, primary first.</summary>
public static class MetricValues
{
    public static string ToJson(MetricScores metrics)
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

    /// <summary>The stored metrics in display order; empty when none are stored.</summary>
    public static IReadOnlyList<MetricScore> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => new MetricScore(p.Name, p.Value.GetDouble()))];
    }
}
