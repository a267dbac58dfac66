using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// The only way to the hidden answers. Organiser use cases and the scorer call it; participant use cases never
/// receive it, which is how "gold never goes through a participant path" is kept by construction.
/// </summary>
public interface IGoldDatasetStore
{
    /// <summary>
    /// Stores a phase's gold and makes it the phase's gold, with an audit event, in one save. The earlier gold
    /// file stays stored (scores computed against it remain explainable).
    /// </summary>
    Task<Result> SaveForPhaseAsync(GoldDataset gold, byte[] compressedBytes, Actor actor, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a new phase's gold to a unit of work another use case saves (a bundle import creates task, phases, files
    /// and gold in one transaction). The caller makes it the phase's gold and audits it.
    /// </summary>
    void Stage(IPortalDbContext db, GoldDataset gold, byte[] compressedBytes);

    Task<GoldDataset?> FindAsync(Guid goldDatasetId, CancellationToken cancellationToken = default);

    /// <summary>The original (decompressed) bytes of the gold file, or null if absent.</summary>
    Task<byte[]?> ReadContentAsync(Guid goldDatasetId, CancellationToken cancellationToken = default);
}
