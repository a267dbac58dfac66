using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.GetSubmission;

public sealed class GetSubmissionHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<GetSubmissionQuery, Result<SubmissionDetail>>
{
    public async ValueTask<Result<SubmissionDetail>> Handle(GetSubmissionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SubmissionId, cancellationToken).ConfigureAwait(false);
        if (submission is null)
        {
            return SubmissionErrors.SubmissionNotFound.With();
        }

        if (!await SubmissionAccess.CanSeeTeamAsync(db, query.Actor, submission.TeamId, cancellationToken).ConfigureAwait(false))
        {
            return SubmissionAccess.NotYours;
        }

        var phase = await db.Phases.AsNoTracking().FirstAsync(p => p.Id == submission.PhaseId, cancellationToken).ConfigureAwait(false);
        var items = await SubmissionRows.ToItemsAsync(db, [submission], phase, cancellationToken).ConfigureAwait(false);
        var visible = await OwnScoreVisibility.ApplyAsync(db, query.Actor, phase.Id, items, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return new SubmissionDetail(visible[0], StoredReport.Parse(submission.ValidationReportJson));
    }
}
