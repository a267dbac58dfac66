namespace MedRec.Portal.Domain.Datasets;

/// <summary>The measured facts of an uploaded file.</summary>
public sealed record StoredFileFacts(string OriginalFileName, string Sha256, int RecordCount, long ByteCount, long CompressedByteCount);
