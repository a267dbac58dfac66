using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Baselines.ListModels;

public sealed class ListBaselineModelsHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListBaselineModelsQuery, Result<IReadOnlyList<BaselineModelListItem>>>
{
    public async ValueTask<Result<IReadOnlyList<BaselineModelListItem>>> Handle(ListBaselineModelsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.BaselineModels.AsNoTracking()
            .Where(m => m.TaskId == query.TaskId)
            .Select(m => new BaselineModelListItem(m.Id, m.Label, m.ManifestName, m.PackageHash, m.OriginalFileName, m.ByteCount, m.MaxLength, m.LabelCount, m.UploadedAt))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.OrderByDescending(m => m.UploadedAt).ToList();
    }
}
