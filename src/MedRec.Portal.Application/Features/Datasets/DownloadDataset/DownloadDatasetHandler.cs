using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Teams;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Datasets.DownloadDataset;

public sealed class DownloadDatasetHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<DownloadDatasetQuery, Result<DatasetDownload>>
{
    public async ValueTask<Result<DatasetDownload>> Handle(DownloadDatasetQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var dataset = await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == query.DatasetId, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return DatasetErrors.NotFound.With();
        }

        if (!query.Actor.IsOrganizer)
        {
            var membership = await TeamQueries.MembershipAsync(db, dataset.TaskId, query.Actor.UserId, cancellationToken).ConfigureAwait(false);
            if (membership is not { IsApproved: true })
            {
                return DatasetErrors.NotApproved.With();
            }

            if (await TermsGate.CheckAsync(db, dataset.TaskId, query.Actor.UserId, cancellationToken).ConfigureAwait(false) is { } termsError)
            {
                return termsError;
            }

            if (dataset.Kind == DatasetKind.Inputs || dataset.PhaseId is not null)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var opensAt = await db.Phases.AsNoTracking()
                    .Where(p => p.InputsDatasetId == dataset.Id || p.Id == dataset.PhaseId)
                    .Select(p => (DateTime?)p.OpensAt)
                    .MinAsync(cancellationToken)
                    .ConfigureAwait(false);
                if (opensAt is null || opensAt > now)
                {
                    return opensAt is null
                        ? DatasetErrors.InputsNotInUse.With()
                        : DatasetErrors.InputsNotOpenYet.With(opensAt.Value.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        var content = await DatasetContentReader.ReadAsync(db, dataset.Id, cancellationToken).ConfigureAwait(false);
        return content is null
            ? DatasetErrors.ContentNotFound.With()
            : new DatasetDownload(await DownloadNameAsync(db, dataset, cancellationToken).ConfigureAwait(false), dataset.Sha256, content);
    }

    private static async Task<string> DownloadNameAsync(IPortalDbContext db, Dataset dataset, CancellationToken cancellationToken)
    {
        var slug = await db.Tasks.AsNoTracking().Where(t => t.Id == dataset.TaskId).Select(t => t.Slug).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var phase = dataset.Kind == DatasetKind.Inputs
            ? await db.Phases.AsNoTracking().Where(p => p.InputsDatasetId == dataset.Id).OrderBy(p => p.OpensAt).Select(p => p.Code)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        return DatasetDownloadName.For(slug, dataset.Kind, phase, dataset.OriginalFileName);
    }
}
