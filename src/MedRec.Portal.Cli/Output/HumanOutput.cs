using System.Globalization;
using System.Text;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Cli.Output;

/// <summary>The readable summaries printed without <c>--json</c>: metrics to 4 decimals, then errors and warnings one per line.</summary>
internal static class HumanOutput
{
    public static string Scored(TaskDefinition task, ScoreResult result, ValidationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{task.DisplayName}: scored {result.Records.Count} records.");
        var width = task.Metrics.Max(m => m.DisplayName.Length) + 2;
        foreach (var metric in task.Metrics)
        {
            var marker = metric.Key == task.PrimaryMetricKey ? "  (ranking metric)" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {metric.DisplayName.PadRight(width)}{result.Metrics[metric.Key]:0.0000}{marker}");
        }

        AppendIssues(text, "Warnings", report.Warnings, report.WarningCount);
        return text.ToString();
    }

    public static string Rejected(TaskDefinition task, ValidationReport report, string verdict)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{task.DisplayName}: {verdict}");
        AppendIssues(text, "Errors", report.Errors, report.ErrorCount);
        AppendIssues(text, "Warnings", report.Warnings, report.WarningCount);
        return text.ToString();
    }

    public static string Valid(TaskDefinition task, ValidationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{task.DisplayName}: the submission is valid ({report.RecordCount} records).");
        AppendIssues(text, "Warnings", report.Warnings, report.WarningCount);
        return text.ToString();
    }

    private static void AppendIssues(StringBuilder text, string title, IReadOnlyList<SubmissionIssue> shown, int total)
    {
        if (total == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{title}: none.");
            return;
        }

        var more = total > shown.Count ? $" (showing the first {shown.Count})" : string.Empty;
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {total}{more}");
        foreach (var issue in shown)
        {
            // SubmissionIssue.ToString gives place, record, id, code and message on one line.
            text.Append("  ").AppendLine(issue.ToString());
        }
    }
}
