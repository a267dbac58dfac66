using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.DownloadSubmission;

/// <summary>The original bytes of a submission (decompressed) with its name and SHA-256. Its team's members and organisers only.</summary>
public sealed record DownloadSubmissionQuery(Actor Actor, Guid SubmissionId) : IQuery<Result<DatasetDownload>>, IParticipantAccessible;
