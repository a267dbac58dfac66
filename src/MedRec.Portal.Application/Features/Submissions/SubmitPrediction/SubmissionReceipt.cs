using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;

namespace MedRec.Portal.Application.Features.Submissions.SubmitPrediction;

/// <summary>
/// What the Submit tab shows after an upload: Queued (it will be scored; the quota was used) or Rejected (the
/// report says what to fix; no quota used), whether and why it counted, a duplicate flag, and the quota after it.
/// </summary>
public sealed record SubmissionReceipt(
    Guid SubmissionId,
    SubmissionStatus Status,
    bool Counted,
    Note CountingNote,
    Guid? DuplicateOfSubmissionId,
    string Sha256,
    StoredReport Report,
    QuotaStatus Quota);
