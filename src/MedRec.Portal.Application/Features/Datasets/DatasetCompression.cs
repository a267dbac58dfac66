using System.IO.Compression;
using System.Security.Cryptography;

namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>Gzip for stored data files (JSON compresses about tenfold) and the SHA-256 shown beside each file.</summary>
public static class DatasetCompression
{
    public static byte[] Compress(ReadOnlySpan<byte> original)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(original);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new MemoryStream(compressed);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Lower-case hex SHA-256, as <c>sha256sum</c> prints it.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
