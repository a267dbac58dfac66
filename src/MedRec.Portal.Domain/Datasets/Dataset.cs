namespace MedRec.Portal.Domain.Datasets;

/// <summary>A non-secret data file: a phase's inputs or a task's candidate list. Its bytes are in <see cref="DatasetContent"/>.</summary>
public sealed class Dataset : StoredFile
{
    private Dataset()
    {
    }

    public Dataset(Guid id, Guid taskId, DatasetKind kind, StoredFileFacts facts, Guid uploadedBy, DateTime uploadedAtUtc)
        : base(id, taskId, facts, uploadedBy, uploadedAtUtc) => Kind = kind;

    public DatasetKind Kind { get; private set; }
}
