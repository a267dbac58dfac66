using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.GetSubmission;

/// <summary>One submission with its full validation report (errors of a rejected file, warnings of an accepted one). Its team's members and organisers only.</summary>
public sealed record GetSubmissionQuery(Actor Actor, Guid SubmissionId) : IQuery<Result<SubmissionDetail>>, IParticipantAccessible;

/// <summary>The list row plus the stored report.</summary>
public sealed record SubmissionDetail(SubmissionListItem Submission, StoredReport Report);
