namespace MedRec.Portal.Application.Common;

/// <summary>The name an uploaded file is stored (and later downloaded) under.</summary>
public static class UploadFileNames
{
    /// <summary>
    /// The last segment of what the client sent, trimmed: browsers on Windows and some scripts send a full path
    /// with backslashes (<c>C:\Users\x\predictions.json</c>), which Linux's <see cref="Path.GetFileName(string?)"/>
    /// keeps whole, so both separators are cut here; the download name must never carry a folder or a backslash.
    /// </summary>
    public static string Clean(string? name) => (name ?? "").Split('/', '\\')[^1].Trim();
}
