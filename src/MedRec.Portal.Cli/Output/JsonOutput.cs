using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Cli.Output;

/// <summary>
/// The <c>--json</c> documents (docs/cli.md): exactly one object per run, Chinese left unescaped, metric values as
/// full-precision doubles (shortest round-trip form), fields that do not apply written as null. Each string ends with a newline.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Scored(TaskKind task, ScoreResult result, ValidationReport report) => Write(writer =>
    {
        writer.WriteString("task", CliOptions.NameOf(task));
        writer.WriteNumber("records", result.Records.Count);
        writer.WriteStartObject("metrics");
        foreach (var metric in result.Metrics)
        {
            writer.WriteNumber(metric.Key, metric.Value);
        }

        writer.WriteEndObject();
        WriteIssues(writer, "warnings", report.Warnings);
    });

    public static string Rejected(TaskKind task, ValidationReport report, bool? valid = null) => Write(writer =>
    {
        writer.WriteString("task", CliOptions.NameOf(task));
        if (valid is { } value)
        {
            writer.WriteBoolean("valid", value);
        }

        WriteIssues(writer, "errors", report.Errors);
        writer.WriteNumber("error_count", report.ErrorCount);
        WriteIssues(writer, "warnings", report.Warnings);
    });

    public static string Valid(TaskKind task, ValidationReport report) => Write(writer =>
    {
        writer.WriteString("task", CliOptions.NameOf(task));
        writer.WriteNumber("records", report.RecordCount);
        writer.WriteBoolean("valid", true);
        WriteIssues(writer, "warnings", report.Warnings);
    });

    public static string Written(TaskKind task, string directory, int records, int trainRecords, int seed, IEnumerable<string> files) => Write(writer =>
    {
        writer.WriteString("task", CliOptions.NameOf(task));
        writer.WriteString("directory", directory);
        writer.WriteNumber("records", records);
        writer.WriteNumber("train_records", trainRecords);
        writer.WriteNumber("seed", seed);
        writer.WriteStartArray("files");
        foreach (var file in files)
        {
            writer.WriteStringValue(file);
        }

        writer.WriteEndArray();
    });

    public static string OrganizerCreated(Guid id, string email, Infrastructure.Persistence.DatabaseProvider provider) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("email", email);
        writer.WriteString("provider", provider.ToString());
        writer.WriteStartArray("roles");
        writer.WriteStringValue(Domain.Users.PortalRoles.Organizer);
        writer.WriteStringValue(Domain.Users.PortalRoles.Participant);
        writer.WriteEndArray();
    });

    private static void WriteIssues(Utf8JsonWriter writer, string name, IEnumerable<SubmissionIssue> issues)
    {
        writer.WriteStartArray(name);
        foreach (var issue in issues)
        {
            writer.WriteStartObject();
            writer.WriteString("code", issue.Code);
            writer.WriteString("message", issue.Message);
            WriteNumberOrNull(writer, "record", issue.RecordNumber);
            if (issue.Id is null)
            {
                writer.WriteNull("id");
            }
            else
            {
                writer.WriteString("id", issue.Id);
            }

            WriteNumberOrNull(writer, "line", issue.Line);
            WriteNumberOrNull(writer, "column", issue.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
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

        // Newline-terminated like the readable summaries, so every command's output ends a line.
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }
}
