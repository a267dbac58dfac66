using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>Gzip for stored data files (JSON compresses about tenfold) and the SHA-256 shown beside each file.</summary>
public static class DatasetCompression
{
    /// <summary>
    /// Gzip at <paramref name="level"/>. Datasets (uploaded once, kept for the whole competition) use the default
    /// <see cref="CompressionLevel.Optimal"/>; submissions arrive hundreds a minute at a deadline and use
    /// <see cref="CompressionLevel.Fastest"/>: on a 367 KiB CDrugRed file it took a third of the upload's CPU at
    /// Optimal, for a file about a fifth larger at Fastest. Either decompresses the same way.
    /// </summary>
    public static byte[] Compress(ReadOnlySpan<byte> original, CompressionLevel level = CompressionLevel.Optimal)
    {
        // Sized for JSON's usual ratio, so the buffer rarely grows (a growing stream copies, and large copies land on
        // the large-object heap, whose churn is what makes the GC run its full collections).
        using var output = new MemoryStream(Math.Max(256, original.Length / 4));
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(original);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        using var input = new MemoryStream(compressed);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);

        // The gzip trailer's last four bytes are the original length (mod 4 GiB, of the last member): a capacity
        // hint only, so one buffer of the right size is filled and returned as is when the hint was exact.
        var hint = compressed.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4)) : 0u;
        using var output = new MemoryStream(hint is > 0 and < int.MaxValue / 2 ? (int)hint : 0);
        gzip.CopyTo(output);
        return output.Length == output.Capacity ? output.GetBuffer() : output.ToArray();
    }

    /// <summary>Lower-case hex SHA-256, as <c>sha256sum</c> prints it.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
