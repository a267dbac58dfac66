using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.SubmitPrediction;

/// <summary>
/// A member of an approved team uploads a prediction file for an open phase. <paramref name="Content"/> is read
/// (not disposed) only after the cheap checks pass, and never beyond <c>Submission:MaxBytes</c>;
/// <paramref name="DeclaredLength"/> (the browser's or the HTTP request's length, when known) lets a too-large file
/// be refused without reading it at all.
/// <para>
/// Refusals (phase not open, team not approved, too large, empty, an archive, quota used up) are failures and
/// store nothing. A file that breaks the format rules is stored as Rejected with its report and does not use the
/// quota: that is a success whose <see cref="SubmissionReceipt.Status"/> is Rejected.
/// </para>
/// </summary>
public sealed record SubmitPredictionCommand(Actor Actor, Guid PhaseId, string FileName, Stream Content, long? DeclaredLength, string? Description) : ICommand<Result<SubmissionReceipt>>, IParticipantAccessible;
