namespace MedRec.Portal.Application.Features.Tasks;

/// <summary>What a page shows about a stored data file (never its bytes).</summary>
public sealed record DatasetInfo(Guid Id, string OriginalFileName, string Sha256, int RecordCount, long ByteCount, DateTime UploadedAt)
{
    /// <summary>The name a download is saved under (<see cref="Datasets.DatasetDownloadName"/>); the upload name where none is set.</summary>
    public string DownloadName { get; init; } = OriginalFileName;
}
