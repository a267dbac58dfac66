using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Scoring;

/// <summary>
/// What scoring a submission file gave: <see cref="RejectedSubmission"/> (any error; not scored, no quota used) or
/// <see cref="ScoredSubmission"/>. A rejected file is a result value, never an exception.
/// </summary>
public abstract class ScoringOutcome
{
    private protected ScoringOutcome(ValidationReport report)
    {
        Report = report;
    }

    /// <summary>The validation report: errors (when rejected) and warnings.</summary>
    public ValidationReport Report { get; }
}

/// <summary>The file broke at least one rule; <see cref="ScoringOutcome.Report"/> says which and where.</summary>
public sealed class RejectedSubmission : ScoringOutcome
{
    internal RejectedSubmission(ValidationReport report)
        : base(report)
    {
    }
}

/// <summary>The file was valid and has been scored.</summary>
public sealed class ScoredSubmission : ScoringOutcome
{
    internal ScoredSubmission(ValidationReport report, ScoreResult result)
        : base(report)
    {
        Result = result;
    }

    /// <summary>The metrics, per-record results and scorer version.</summary>
    public ScoreResult Result { get; }

    /// <summary>Warnings about the file (they did not stop it being scored).</summary>
    public IReadOnlyList<SubmissionIssue> Warnings => Report.Warnings;
}
