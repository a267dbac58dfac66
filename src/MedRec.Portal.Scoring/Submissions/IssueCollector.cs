using MedRec.Portal.Scoring.Json;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>Collects issues up to the report limits while counting all of them.</summary>
internal sealed class IssueCollector(ScoringOptions options)
{
    private readonly List<SubmissionIssue> _errors = [];
    private readonly List<SubmissionIssue> _warnings = [];

    public int ErrorCount { get; private set; }

    public int WarningCount { get; private set; }

    public void Error(string code, string message, int? record = null, string? id = null, SourceLocation? at = null)
    {
        ErrorCount++;
        if (_errors.Count < options.MaxReportedErrors)
        {
            _errors.Add(new SubmissionIssue(IssueSeverity.Error, code, message, record, id, at?.Line, at?.Column));
        }
    }

    public void Warning(string code, string message, int? record = null, string? id = null, SourceLocation? at = null)
    {
        WarningCount++;
        if (_warnings.Count < options.MaxReportedWarnings)
        {
            _warnings.Add(new SubmissionIssue(IssueSeverity.Warning, code, message, record, id, at?.Line, at?.Column));
        }
    }

    public ValidationReport ToReport(int recordCount) => new(_errors, ErrorCount, _warnings, WarningCount, recordCount);
}
