using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Datasets.DownloadGold;

public sealed class DownloadGoldHandler(IPortalDbContextFactory contexts, IGoldDatasetStore gold) : IQueryHandler<DownloadGoldQuery, Result<DatasetDownload>>
{
    public async ValueTask<Result<DatasetDownload>> Handle(DownloadGoldQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var goldId = await db.Phases.AsNoTracking().Where(p => p.Id == query.PhaseId).Select(p => p.GoldDatasetId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var facts = goldId is null ? null : await gold.FindAsync(goldId.Value, cancellationToken).ConfigureAwait(false);
        var content = facts is null ? null : await gold.ReadContentAsync(facts.Id, cancellationToken).ConfigureAwait(false);
        return facts is null || content is null
            ? DatasetErrors.GoldNotFound.With()
            : new DatasetDownload(facts.OriginalFileName, facts.Sha256, content);
    }
}
