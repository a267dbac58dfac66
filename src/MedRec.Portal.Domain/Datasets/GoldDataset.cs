namespace MedRec.Portal.Domain.Datasets;

/// <summary>
/// A phase's hidden answers. Kept apart from <see cref="Dataset"/> (own entity, own tables) so no participant
/// code path can reach it by a mistaken filter on a kind column; see docs/decisions/006-datasets-in-database.md.
/// </summary>
public sealed class GoldDataset : StoredFile
{
    private GoldDataset()
    {
    }

    public GoldDataset(Guid id, Guid taskId, Guid phaseId, StoredFileFacts facts, Guid uploadedBy, DateTime uploadedAtUtc)
        : base(id, taskId, facts, uploadedBy, uploadedAtUtc) => PhaseId = phaseId;

    /// <summary>Gold always belongs to one phase: visit identifiers are unique only within a split.</summary>
    public Guid PhaseId { get; private set; }
}
