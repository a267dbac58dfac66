using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Why a submission did or did not use the quota, worded once (English here, translations in the web project's
/// resources under <c>Note.{Id}</c>). Stored with the submission and shown beside it.
/// </summary>
public static class SubmissionNotes
{
    public static readonly NoteMessage Counted = new("submission.counted", "Counted: submission {0} of {1} on {2} ({3}).");
    public static readonly NoteMessage RejectedCounted = new("submission.rejected-counted", "Rejected: the file breaks the format rules. This phase counts rejected files toward the quota.");
    public static readonly NoteMessage RejectedFree = new("submission.rejected-free", "Rejected: the file breaks the format rules, so it was not scored and did not use your quota ({0} of {1} rejected files allowed today).");
    public static readonly NoteMessage GivenBack = new("submission.given-back", "Not counted: scoring failed through no fault of the file, so the attempt was given back.");
}
