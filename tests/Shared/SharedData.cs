namespace MedRec.Portal.Tests.Shared;

/// <summary>
/// Finds the real task data that sits beside the checkout (<c>../shared/data</c>), which is internal and never
/// committed. Tests that need it call <see cref="Require"/>, which skips the test with the reason when the data
/// is absent (a fresh machine without the shared folder).
/// </summary>
public static class SharedData
{
    /// <summary>Environment variable that points at the data folder explicitly (overrides the search).</summary>
    public const string EnvironmentVariable = "MEDREC_SHARED_DATA";

    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The data folder, or null when it cannot be found.</summary>
    public static string? Directory => Root.Value;

    /// <summary>Full path of a file below the data folder; skips the calling test when the file is absent.</summary>
    public static string Require(string relativePath)
    {
        if (Root.Value is null)
        {
            Assert.Skip($"real task data not found: set {EnvironmentVariable} or place it at ../shared/data beside the checkout");
        }

        var path = Path.Combine(Root.Value, relativePath);
        if (!File.Exists(path))
        {
            Assert.Skip($"real task data file absent: {path}");
        }

        return path;
    }

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return System.IO.Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        // Walk up from the test binary: the checkout's parent (or, for a git worktree, an ancestor) holds shared/data.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
