namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>The audit action names of the submission use cases (stable: the audit page filters on them).</summary>
public static class SubmissionAuditActions
{
    public const string Queued = "submission.queued";
    public const string Rejected = "submission.rejected";
    public const string Scored = "submission.scored";
    public const string Failed = "submission.failed";
    public const string SelectionChanged = "submission.selection-changed";
    public const string RescoreComputed = "submission.rescore-computed";
    public const string RescorePublished = "submission.rescore-published";
    public const string AttemptsGranted = "quota.attempts-granted";
}
