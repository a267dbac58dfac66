using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// A validation report as stored with a submission (JSON) and shown to its team: the first errors and warnings
/// with their totals, and a plain-words hint when the file looks like something else (another task's format).
/// </summary>
/// <remarks><see cref="FormatHintId"/> and <see cref="FormatHintArguments"/> let pages show the hint in the reader's
/// language (<c>Note.{id}</c>); reports stored before they existed keep the English <see cref="FormatHint"/>.</remarks>
public sealed record StoredReport(int ErrorCount, int WarningCount, int RecordCount, string? FormatHint, IReadOnlyList<SubmissionIssue> Errors, IReadOnlyList<SubmissionIssue> Warnings)
{
    public string? FormatHintId { get; init; }

    public IReadOnlyList<string> FormatHintArguments { get; init; } = [];

    /// <summary>The hint as a note (null when there is none).</summary>
    public Note? FormatHintNote => FormatHint is null ? null : new Note(FormatHintId, FormatHintArguments, FormatHint);

    public static readonly StoredReport Empty = new(0, 0, 0, null, [], []);

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static StoredReport From(ValidationReport report, Note? formatHint)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.ErrorCount, report.WarningCount, report.RecordCount, formatHint?.English, report.Errors, report.Warnings)
        {
            FormatHintId = formatHint?.MessageId,
            FormatHintArguments = formatHint?.Arguments ?? [],
        };
    }

    public static StoredReport Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? Empty : JsonSerializer.Deserialize<StoredReport>(json, Json) ?? Empty;

    /// <summary>
    /// The most characters a stored report's JSON takes. Echoed values are already shortened (EchoedText), so a real
    /// report is far below this; the cap is the backstop that keeps one row of the database small whatever a file holds.
    /// </summary>
    public const int MaxJsonLength = 128 * 1024;

    /// <summary>The report as stored; over <see cref="MaxJsonLength"/>, the last issues are left out (the totals stay).</summary>
    public string ToJson()
    {
        var json = JsonSerializer.Serialize(this, Json);
        var report = this;
        while (json.Length > MaxJsonLength && report.Errors.Count + report.Warnings.Count > 0)
        {
            // Warnings go first: errors say why the file was rejected.
            report = report.Warnings.Count > 0
                ? report with { Warnings = report.Warnings.Take(report.Warnings.Count / 2).ToArray() }
                : report with { Errors = report.Errors.Take(report.Errors.Count / 2).ToArray() };
            json = JsonSerializer.Serialize(report, Json);
        }

        return json;
    }

    /// <summary>One sentence for a list row: the hint, else the first error, with the total.</summary>
    public string Summary() =>
        ErrorCount == 0
            ? ""
            : (FormatHint ?? Errors.FirstOrDefault()?.ToString() ?? "") + (ErrorCount > 1 ? $" ({ErrorCount} errors in all)" : "");
}
