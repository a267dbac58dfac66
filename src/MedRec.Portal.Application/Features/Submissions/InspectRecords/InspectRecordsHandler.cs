using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.InspectRecords;

public sealed class InspectRecordsHandler(IPortalDbContextFactory contexts, SubmissionScoringService scoring) : IQueryHandler<InspectRecordsQuery, Result<SubmissionInspection>>
{
    public async ValueTask<Result<SubmissionInspection>> Handle(InspectRecordsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using (var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await db.Submissions.AsNoTracking().AnyAsync(s => s.Id == query.SubmissionId, cancellationToken).ConfigureAwait(false))
            {
                return SubmissionErrors.SubmissionNotFound.With();
            }
        }

        var computed = await scoring.ComputeAsync(query.SubmissionId, cancellationToken).ConfigureAwait(false);
        return computed.Score is { } score
            ? new SubmissionInspection(query.SubmissionId, score.Metrics, score.Records, score.ScorerVersion)
            : SubmissionErrors.CannotScoreNow.With(computed.FailureReason);
    }
}
