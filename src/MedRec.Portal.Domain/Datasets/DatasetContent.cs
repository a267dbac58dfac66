namespace MedRec.Portal.Domain.Datasets;

/// <summary>The gzip-compressed bytes of a <see cref="Dataset"/>, in their own row so metadata queries stay light.</summary>
public sealed class DatasetContent
{
    private DatasetContent()
    {
    }

    public DatasetContent(Guid datasetId, byte[] compressedBytes)
    {
        DatasetId = datasetId;
        CompressedBytes = compressedBytes;
    }

    public Guid DatasetId { get; private set; }

    public byte[] CompressedBytes { get; private set; } = [];
}
