namespace MedRec.Portal.Domain.Datasets;

/// <summary>
/// A non-secret data file: a phase's inputs, a task's candidate list, or an organiser's extra file (training
/// data, a sample submission, a README) with its description. Its bytes are in <see cref="DatasetContent"/>.
/// </summary>
public sealed class Dataset : StoredFile
{
    /// <summary>The longest description of an extra file.</summary>
    public const int MaxDescriptionLength = 500;

    private Dataset()
    {
    }

    public Dataset(Guid id, Guid taskId, DatasetKind kind, StoredFileFacts facts, Guid uploadedBy, DateTime uploadedAtUtc)
        : base(id, taskId, facts, uploadedBy, uploadedAtUtc) => Kind = kind;

    public DatasetKind Kind { get; private set; }

    /// <summary>For an extra file that belongs to one phase: that phase (participants get it once it opens).</summary>
    public Guid? PhaseId { get; private set; }

    /// <summary>What an extra file is, in the organiser's words, shown beside it on the Data tab.</summary>
    public string? Description { get; private set; }

    /// <summary>An organiser's extra file for the whole task (<paramref name="phaseId"/> null) or one phase.</summary>
    public static Dataset Extra(Guid id, Guid taskId, Guid? phaseId, string description, StoredFileFacts facts, Guid uploadedBy, DateTime uploadedAtUtc) =>
        new(id, taskId, DatasetKind.Extra, facts, uploadedBy, uploadedAtUtc) { PhaseId = phaseId, Description = description };
}
