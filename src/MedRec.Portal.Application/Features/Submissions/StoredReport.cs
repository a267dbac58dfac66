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

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>One sentence for a list row: the hint, else the first error, with the total.</summary>
    public string Summary() =>
        ErrorCount == 0
            ? ""
            : (FormatHint ?? Errors.FirstOrDefault()?.ToString() ?? "") + (ErrorCount > 1 ? $" ({ErrorCount} errors in all)" : "");
}
