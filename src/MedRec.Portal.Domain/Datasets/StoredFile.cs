using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Datasets;

/// <summary>
/// What the portal records about an uploaded data file. The bytes themselves sit in a separate content row so
/// that lists never load them.
/// </summary>
public abstract class StoredFile
{
    protected StoredFile()
    {
    }

    protected StoredFile(Guid id, Guid taskId, StoredFileFacts facts, Guid uploadedBy, DateTime uploadedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Id = id;
        TaskId = taskId;
        OriginalFileName = facts.OriginalFileName;
        Sha256 = facts.Sha256;
        RecordCount = facts.RecordCount;
        ByteCount = facts.ByteCount;
        CompressedByteCount = facts.CompressedByteCount;
        UploadedByUserId = uploadedBy;
        UploadedAt = Instants.RequireUtc(uploadedAtUtc, nameof(uploadedAtUtc));
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>The name the file had on the organiser's machine (offered again on download).</summary>
    public string OriginalFileName { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the original (uncompressed) bytes, shown so anyone can check their copy.</summary>
    public string Sha256 { get; private set; } = "";

    public int RecordCount { get; private set; }

    /// <summary>Size of the original file.</summary>
    public long ByteCount { get; private set; }

    /// <summary>Size as stored (gzip).</summary>
    public long CompressedByteCount { get; private set; }

    public Guid UploadedByUserId { get; private set; }

    public DateTime UploadedAt { get; private set; }
}
