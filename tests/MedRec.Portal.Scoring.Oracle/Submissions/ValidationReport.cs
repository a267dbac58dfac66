namespace MedRec.Portal.Scoring.Submissions;

/// <summary>
/// The outcome of checking a submission file against docs/scoring-rules.md: the first errors and warnings (up to the limits
/// of <see cref="ScoringOptions"/>) with the total counts. Any error rejects the file; warnings never do.
/// </summary>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<SubmissionIssue> errors, int errorCount, IReadOnlyList<SubmissionIssue> warnings, int warningCount, int recordCount)
    {
        Errors = errors;
        ErrorCount = errorCount;
        Warnings = warnings;
        WarningCount = warningCount;
        RecordCount = recordCount;
    }

    /// <summary>True when the file has no error and can be scored.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>The first errors, in file order (the <c>id.missing</c> error, found at the end, comes last).</summary>
    public IReadOnlyList<SubmissionIssue> Errors { get; }

    /// <summary>How many errors the file has in all (may exceed <see cref="Errors"/>' length).</summary>
    public int ErrorCount { get; }

    /// <summary>The first warnings, in file order.</summary>
    public IReadOnlyList<SubmissionIssue> Warnings { get; }

    /// <summary>How many warnings the file has in all.</summary>
    public int WarningCount { get; }

    /// <summary>How many records (array elements) were read before reading stopped.</summary>
    public int RecordCount { get; }
}
