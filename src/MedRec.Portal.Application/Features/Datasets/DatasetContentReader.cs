using MedRec.Portal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>Loads and decompresses a non-secret dataset's bytes.</summary>
public static class DatasetContentReader
{
    public static async Task<byte[]?> ReadAsync(IPortalDbContext db, Guid datasetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var compressed = await db.DatasetContents.AsNoTracking()
            .Where(c => c.DatasetId == datasetId)
            .Select(c => c.CompressedBytes)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return compressed is null ? null : DatasetCompression.Decompress(compressed);
    }
}
