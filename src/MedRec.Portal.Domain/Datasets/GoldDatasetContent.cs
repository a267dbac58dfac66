namespace MedRec.Portal.Domain.Datasets;

/// <summary>The gzip-compressed bytes of a <see cref="GoldDataset"/>.</summary>
public sealed class GoldDatasetContent
{
    private GoldDatasetContent()
    {
    }

    public GoldDatasetContent(Guid goldDatasetId, byte[] compressedBytes)
    {
        GoldDatasetId = goldDatasetId;
        CompressedBytes = compressedBytes;
    }

    public Guid GoldDatasetId { get; private set; }

    public byte[] CompressedBytes { get; private set; } = [];
}
