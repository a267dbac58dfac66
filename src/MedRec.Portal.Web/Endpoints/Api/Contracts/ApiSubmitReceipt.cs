namespace MedRec.Portal.Web.Endpoints.Api.Contracts;

/// <summary>
/// The answer to an accepted upload (202): the submission is queued for scoring; poll <see cref="StatusUrl"/>.
/// Warnings never reject a file; they are listed in <see cref="Report"/>.
/// </summary>
public sealed record ApiSubmitReceipt(
    Guid SubmissionId,
    string Status,
    bool Counted,
    string CountingNote,
    Guid? DuplicateOf,
    string Sha256,
    string StatusUrl,
    ApiReport Report,
    ApiQuota Quota);
