using MedRec.Portal.Scoring.Json;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>Collects issues up to the report limits while counting all of them.</summary>
internal sealed class IssueCollector(ScoringOptions options)
{
    private readonly List<SubmissionIssue> _errors = [];
    private readonly List<SubmissionIssue> _warnings = [];

    public int ErrorCount { get; private set; }

    public int WarningCount { get; private set; }

    public void Error(string code, IssueText text, int? record = null, string? id = null, SourceLocation? at = null)
    {
        ErrorCount++;
        if (_errors.Count < options.MaxReportedErrors)
        {
            _errors.Add(Issue(IssueSeverity.Error, code, text, record, id, at));
        }
    }

    public void Warning(string code, IssueText text, int? record = null, string? id = null, SourceLocation? at = null)
    {
        WarningCount++;
        if (_warnings.Count < options.MaxReportedWarnings)
        {
            _warnings.Add(Issue(IssueSeverity.Warning, code, text, record, id, at));
        }
    }

    // The record's identifier is quoted from the file: shortened like every other echoed value.
    private static SubmissionIssue Issue(IssueSeverity severity, string code, IssueText text, int? record, string? id, SourceLocation? at) =>
        new(severity, code, text.English, record, EchoedText.ShortenOrNull(id), at?.Line, at?.Column, text.MessageId, text.Arguments);

    public ValidationReport ToReport(int recordCount) => new(_errors, ErrorCount, _warnings, WarningCount, recordCount);
}
