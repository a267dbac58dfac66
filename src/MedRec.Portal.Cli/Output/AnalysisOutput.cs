using MedRec.Portal.Domain.Tasks;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Scoring.Analysis;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Cli.Output;

/// <summary>What <c>medrec analyze</c> prints (docs/cli.md): one JSON object with <c>--json</c>, else a readable summary.</summary>
internal static class AnalysisOutput
{
    private const int HumanLabelRows = 10;
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(TaskKind task, AnalysisReport report) => Write(writer =>
    {
        writer.WriteString("task", CliOptions.NameOf(task));
        writer.WriteNumber("records", report.Records);
        writer.WriteString("metric", report.MetricKey);
        writer.WriteNumber("bootstrap", report.Options.Resamples);
        writer.WriteNumber("seed", report.Options.Seed);
        writer.WriteStartArray("entries");
        foreach (var entry in report.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entry.Name);
            writer.WriteNumber("score", entry.Score);
            writer.WriteNumber("ci_low", entry.CiLow);
            writer.WriteNumber("ci_high", entry.CiHigh);
            writer.WriteNumber("rank", entry.Rank);
            writer.WriteNumber("band", entry.Band);
            WriteLabels(writer, entry.Labels);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("pairs");
        foreach (var pair in report.Pairs)
        {
            writer.WriteStartObject();
            writer.WriteString("a", pair.A);
            writer.WriteString("b", pair.B);
            writer.WriteNumber("difference", pair.Difference);
            writer.WriteNumber("p_value", pair.PValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteLabels(writer, report.PooledLabels);
        writer.WriteStartArray("hardest");
        foreach (var record in report.Hardest)
        {
            writer.WriteStartObject();
            writer.WriteString("id", record.Id);
            writer.WriteNumber("mean_score", record.MeanScore);
            writer.WriteNumber("best_score", record.BestScore);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    public static string Rejected(TaskKind task, string name, ValidationReport report)
    {
        // The `medrec score` rejection document with the entry's name first.
        var rejected = JsonOutput.Rejected(task, report);
        using var document = JsonDocument.Parse(rejected);
        return Write(writer =>
        {
            writer.WriteString("submission", name);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }
        });
    }

    public static string Human(TaskDefinition task, AnalysisReport report)
    {
        var text = new StringBuilder();
        var confidence = (1 - report.Options.Alpha) * 100;
        text.AppendLine(CultureInfo.InvariantCulture, $"{task.DisplayName}: {report.Entries.Count} entries, {report.Records} records, {report.Options.Resamples:N0} bootstrap resamples (seed {report.Options.Seed}).");
        text.AppendLine(CultureInfo.InvariantCulture, $"  rank  band  {report.MetricKey,-10} {confidence:0}% interval        name");
        foreach (var entry in report.Entries)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {entry.Rank,4}  {entry.Band,4}  {entry.Score,-10:0.0000} [{entry.CiLow:0.0000}, {entry.CiHigh:0.0000}]  {entry.Name}");
        }

        text.AppendLine("Adjacent ranks (paired bootstrap):");
        foreach (var pair in report.AdjacentPairs())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {pair.A} vs {pair.B}: difference {pair.Difference:0.0000}, p = {pair.PValue:0.000}{(pair.PValue < report.Options.Alpha ? " (significant)" : string.Empty)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Labels with the most gold support (pooled over entries; --json lists all {report.PooledLabels.Count}):");
        foreach (var label in report.PooledLabels.OrderByDescending(l => l.Support).ThenBy(l => l.Label, StringComparer.Ordinal).Take(HumanLabelRows))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {KindName(label.Kind),-10} {label.Label}: support {label.Support}, predicted {label.Predicted}, P {label.Precision:0.000}, R {label.Recall:0.000}, F1 {label.F1:0.000}");
        }

        return text.ToString();
    }

    public static string KindName(LabelKind kind) => kind switch
    {
        LabelKind.Drug => "drug",
        LabelKind.Primary => "primary",
        _ => "additional",
    };

    private static void WriteLabels(Utf8JsonWriter writer, IReadOnlyList<LabelStatistics> labels)
    {
        writer.WriteStartArray("labels");
        foreach (var label in labels)
        {
            writer.WriteStartObject();
            writer.WriteString("label", label.Label);
            writer.WriteString("kind", KindName(label.Kind));
            writer.WriteNumber("support", label.Support);
            writer.WriteNumber("predicted", label.Predicted);
            writer.WriteNumber("precision", label.Precision);
            writer.WriteNumber("recall", label.Recall);
            writer.WriteNumber("f1", label.F1);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }
}
