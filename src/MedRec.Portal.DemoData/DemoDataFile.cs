namespace MedRec.Portal.DemoData;

/// <summary>One generated demo file, held in memory as UTF-8 bytes (no byte-order mark).</summary>
public sealed class DemoDataFile
{
    private readonly byte[] content;

    internal DemoDataFile(DemoFileRole role, string fileName, byte[] content)
    {
        Role = role;
        FileName = fileName;
        this.content = content;
    }

    /// <summary>What the file is for.</summary>
    public DemoFileRole Role { get; }

    /// <summary>The file's name inside the output directory, e.g. <c>inputs.jsonl</c>.</summary>
    public string FileName { get; }

    /// <summary>The file's bytes.</summary>
    public ReadOnlyMemory<byte> Content => content;

    /// <summary>A new read-only stream over the file's bytes (for uploading it as a phase dataset, for example).</summary>
    public Stream OpenRead() => new MemoryStream(content, writable: false);

    /// <summary>Copies the file's bytes to <paramref name="destination"/>.</summary>
    public Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return destination.WriteAsync(content, cancellationToken).AsTask();
    }

    /// <summary>Copies the file's bytes to <paramref name="destination"/>.</summary>
    public void WriteTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(content);
    }
}
