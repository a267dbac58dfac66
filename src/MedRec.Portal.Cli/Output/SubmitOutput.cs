using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedRec.Portal.Cli.Output;

/// <summary>What <c>medrec submit</c> prints: readable summaries of the portal's answers, or the answers as JSON.</summary>
internal static class SubmitOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON as the portal sent it, indented, Chinese unescaped, newline-terminated.</summary>
    public static string Json(JsonElement body) => JsonSerializer.Serialize(body, Indented) + Environment.NewLine;

    public static string Accepted(JsonElement receipt)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Accepted: submission {receipt.GetProperty("submissionId").GetGuid()} is queued for scoring.").AppendLine();
        text.Append("  ").AppendLine(receipt.GetProperty("countingNote").GetString());
        var quota = receipt.GetProperty("quota");
        text.Append(CultureInfo.InvariantCulture, $"  Quota: {quota.GetProperty("remaining").GetInt32()} left today ({quota.GetProperty("usedToday").GetInt32()} of {quota.GetProperty("dailyLimit").GetInt32()} used, {quota.GetProperty("timeZone").GetString()}).").AppendLine();
        AppendIssues(text, "Warnings", receipt.GetProperty("report").GetProperty("warnings"), receipt.GetProperty("report").GetProperty("warningCount").GetInt32());
        return text.ToString();
    }

    public static string Rejected(JsonElement problem)
    {
        var text = new StringBuilder();
        var errors = problem.GetProperty("errorCount").GetInt32();
        text.Append(CultureInfo.InvariantCulture, $"Rejected: the file breaks the format rules ({errors} error{(errors == 1 ? "" : "s")}); it was not scored.").AppendLine();
        if (problem.TryGetProperty("formatHint", out var hint) && hint.ValueKind == JsonValueKind.String)
        {
            text.Append("  ").AppendLine(hint.GetString());
        }

        AppendIssues(text, "Errors", problem.GetProperty("issues"), errors);
        AppendIssues(text, "Warnings", problem.GetProperty("warnings"), problem.GetProperty("warningCount").GetInt32());
        return text.ToString();
    }

    public static string Finished(JsonElement submission)
    {
        var text = new StringBuilder();
        var id = submission.GetProperty("id").GetGuid();
        switch (submission.GetProperty("status").GetString())
        {
            case "Scored" when submission.GetProperty("scoresHidden").GetBoolean():
                text.Append(CultureInfo.InvariantCulture, $"Scored: submission {id}. The leaderboard is frozen and this phase hides new scores until the organisers release it.").AppendLine();
                break;
            case "Scored":
                text.Append(CultureInfo.InvariantCulture, $"Scored: submission {id}.").AppendLine();
                var first = true;
                foreach (var metric in submission.GetProperty("metrics").EnumerateObject())
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {metric.Name,-16} {metric.Value.GetDouble():0.0000}{(first ? "  (ranking metric)" : "")}").AppendLine();
                    first = false;
                }

                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"Scoring failed: submission {id}: {submission.GetProperty("failureReason").GetString() ?? "no reason given"}. It did not use your quota.").AppendLine();
                break;
        }

        return text.ToString();
    }

    private static void AppendIssues(StringBuilder text, string heading, JsonElement issues, int total)
    {
        if (total == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"{heading} ({total}):").AppendLine();
        foreach (var issue in issues.EnumerateArray())
        {
            text.Append("  ");
            if (Number(issue, "line") is { } line)
            {
                text.Append(CultureInfo.InvariantCulture, $"line {line}");
                if (Number(issue, "column") is { } column)
                {
                    text.Append(CultureInfo.InvariantCulture, $", column {column}");
                }

                text.Append(' ');
            }

            if (Number(issue, "record") is { } record)
            {
                text.Append(CultureInfo.InvariantCulture, $"(record {record}");
                if (issue.TryGetProperty("id", out var recordId) && recordId.ValueKind == JsonValueKind.String)
                {
                    text.Append(CultureInfo.InvariantCulture, $", id \"{recordId.GetString()}\"");
                }

                text.Append(") ");
            }

            text.Append(CultureInfo.InvariantCulture, $"[{issue.GetProperty("code").GetString()}]: {issue.GetProperty("message").GetString()}").AppendLine();
        }

        if (total > issues.GetArrayLength())
        {
            text.Append(CultureInfo.InvariantCulture, $"  … and {total - issues.GetArrayLength()} more.").AppendLine();
        }
    }

    private static int? Number(JsonElement issue, string property) =>
        issue.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
