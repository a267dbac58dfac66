using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Web.Endpoints.Api.Contracts;

/// <summary>
/// One problem in a submitted file, where it is: <see cref="Record"/> (1-based position in the array), the record's
/// identifier, and 1-based line and column (characters). Fields that do not apply are null.
/// </summary>
public sealed record ApiIssue(string Code, string Message, int? Record, string? Id, int? Line, int? Column)
{
    public static ApiIssue From(SubmissionIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new(issue.Code, issue.Message, issue.RecordNumber, issue.Id, issue.Line, issue.Column);
    }
}

/// <summary>A stored validation report: totals, the first issues, and a hint when the file looks like another format.</summary>
public sealed record ApiReport(int RecordCount, int ErrorCount, int WarningCount, string? FormatHint, IReadOnlyList<ApiIssue> Errors, IReadOnlyList<ApiIssue> Warnings)
{
    public static ApiReport From(Application.Features.Submissions.StoredReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.RecordCount, report.ErrorCount, report.WarningCount, report.FormatHint, [.. report.Errors.Select(ApiIssue.From)], [.. report.Warnings.Select(ApiIssue.From)]);
    }
}
