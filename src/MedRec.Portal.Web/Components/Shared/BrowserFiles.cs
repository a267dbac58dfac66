using MedRec.Portal.Application.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace MedRec.Portal.Web.Components.Shared;

/// <summary>Reading a file the browser hands over (drop zone, file button) in chunks, so a bar can show progress.</summary>
public static class BrowserFiles
{
    /// <summary>
    /// The file's bytes, calling <paramref name="progress"/> with the bytes read after each chunk. Never more than
    /// <paramref name="maxBytes"/>, whatever size the browser claimed: more throws <see cref="IOException"/>, as
    /// <see cref="IBrowserFile.OpenReadStream"/> itself does.
    /// </summary>
    public static async Task<byte[]> ReadAsync(IBrowserFile file, long maxBytes, Action<long> progress)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var stream = file.OpenReadStream(maxBytes);
        return await BoundedRead.ReadAtMostAsync(stream, maxBytes, progress)
            ?? throw new IOException($"{file.Name} has more than {maxBytes} bytes.");
    }
}
