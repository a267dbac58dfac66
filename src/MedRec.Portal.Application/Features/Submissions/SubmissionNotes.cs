using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Why a submission did or did not use the quota, and why its scoring failed, worded once (English here, translations in the web project's
/// resources under <c>Note.{Id}</c>). Stored with the submission and shown beside it.
/// </summary>
public static class SubmissionNotes
{
    public static readonly NoteMessage Counted = new("submission.counted", "Counted: submission {0} of {1} on {2} ({3}).");
    public static readonly NoteMessage RejectedCounted = new("submission.rejected-counted", "Rejected: the file breaks the format rules. This phase counts rejected files toward the quota.");
    public static readonly NoteMessage RejectedFree = new("submission.rejected-free", "Rejected: the file breaks the format rules, so it was not scored and did not use your quota ({0} of {1} rejected files allowed today).");
    public static readonly NoteMessage ScoringGoldMismatch = new("submission.scoring-gold-mismatch", "The file is valid against the phase's inputs but could not be scored against the phase's answers. The organisers have been told; this attempt was given back.");
    public static readonly NoteMessage ScoringInternalError = new("submission.scoring-internal-error", "Scoring stopped on an internal error. The organisers have been told; this attempt was given back.");
    public static readonly NoteMessage ScoringNoGold = new("submission.scoring-no-gold", "The organisers have not uploaded this phase's answers yet, so it cannot be scored. This attempt was given back; an organiser can re-score it later.");
    public static readonly NoteMessage ScoringInterrupted = new("submission.scoring-interrupted", "Scoring was interrupted {0} times and did not finish. The organisers have been told; this attempt was given back.");
    public static readonly NoteMessage GivenBack = new("submission.given-back", "Not counted: scoring failed through no fault of the file, so the attempt was given back.");
}
