namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>A file to hand to the browser: its original name, checksum and bytes.</summary>
public sealed record DatasetDownload(string FileName, string Sha256, byte[] Content);
