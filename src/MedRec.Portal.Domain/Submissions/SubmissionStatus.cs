namespace MedRec.Portal.Domain.Submissions;

/// <summary>Where a submission is on its way from upload to score.</summary>
public enum SubmissionStatus
{
    /// <summary>Accepted and waiting for the scoring worker.</summary>
    Queued,

    /// <summary>A worker has claimed it (under a lease) and is scoring it.</summary>
    Scoring,

    /// <summary>Scored: metrics and scorer version are stored.</summary>
    Scored,

    /// <summary>Scoring could not finish; <see cref="Submission.FailureReason"/> says why in words the team can read.</summary>
    Failed,

    /// <summary>The file broke a rule of docs/scoring-rules.md; the stored validation report lists the errors. Never scored.</summary>
    Rejected,
}
