using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.DownloadSubmission;

public sealed class DownloadSubmissionHandler(IPortalDbContextFactory contexts) : IQueryHandler<DownloadSubmissionQuery, Result<DatasetDownload>>
{
    public async ValueTask<Result<DatasetDownload>> Handle(DownloadSubmissionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var submission = await db.Submissions.AsNoTracking()
            .Where(s => s.Id == query.SubmissionId)
            .Select(s => new { s.TeamId, s.OriginalFileName, s.Sha256 })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (submission is null)
        {
            return SubmissionErrors.SubmissionNotFound.With();
        }

        if (!await SubmissionAccess.CanSeeTeamAsync(db, query.Actor, submission.TeamId, cancellationToken).ConfigureAwait(false))
        {
            return SubmissionAccess.NotYours;
        }

        var compressed = await db.SubmissionContents.AsNoTracking().Where(c => c.SubmissionId == query.SubmissionId).Select(c => c.CompressedBytes).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return compressed is null
            ? SubmissionErrors.FileNotFound.With()
            : new DatasetDownload(submission.OriginalFileName, submission.Sha256, DatasetCompression.Decompress(compressed));
    }
}
