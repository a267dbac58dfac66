using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Infrastructure.Datasets;

/// <summary>Reads and writes gold through its own tables; see <see cref="IGoldDatasetStore"/>.</summary>
public sealed class GoldDatasetStore(IDbContextFactory<PortalDbContext> contexts) : IGoldDatasetStore
{
    public async Task<Result> SaveForPhaseAsync(GoldDataset gold, byte[] compressedBytes, Actor actor, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var phase = await db.Phases.FirstOrDefaultAsync(p => p.Id == gold.PhaseId, cancellationToken).ConfigureAwait(false);
        if (phase is null)
        {
            return Result.Failure(Domain.Tasks.PhaseErrors.PhaseNotFound.With());
        }

        var before = new { phase.GoldDatasetId };
        db.GoldDatasets.Add(gold);
        db.GoldDatasetContents.Add(new GoldDatasetContent(gold.Id, compressedBytes));
        phase.UseGold(gold.Id);
        db.Audit(actor, AuditActions.GoldUploaded, nameof(Domain.Tasks.Phase), phase.Id, before, new { GoldDatasetId = gold.Id, gold.OriginalFileName, gold.Sha256, gold.RecordCount }, nowUtc);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Stage(IPortalDbContext db, GoldDataset gold, byte[] compressedBytes)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var portal = db as PortalDbContext ?? throw new ArgumentException("Gold can only be staged in the portal's own context.", nameof(db));
        portal.GoldDatasets.Add(gold);
        portal.GoldDatasetContents.Add(new GoldDatasetContent(gold.Id, compressedBytes));
    }

    public async Task<GoldDataset?> FindAsync(Guid goldDatasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.GoldDatasets.AsNoTracking().FirstOrDefaultAsync(g => g.Id == goldDatasetId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<byte[]?> ReadContentAsync(Guid goldDatasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var compressed = await db.GoldDatasetContents.AsNoTracking()
            .Where(c => c.GoldDatasetId == goldDatasetId)
            .Select(c => c.CompressedBytes)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return compressed is null ? null : DatasetCompression.Decompress(compressed);
    }
}
