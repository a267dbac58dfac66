using System.Text;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>
/// Makes sheet titles valid for Excel: at most 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending
/// with an apostrophe, not empty, not the reserved "History", and unique within the workbook (case-insensitive,
/// as Excel compares them), so any phase code an organiser typed gives a workbook Excel opens.
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Invalid = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A valid, not yet used name as close to <paramref name="title"/> as the rules allow.</summary>
    public string Claim(string title)
    {
        var name = Clean(title);
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)].TrimEnd() + suffix;
        }

        return candidate;
    }

    /// <summary>The title with invalid characters replaced by '-', control characters dropped, cut to 31 characters.</summary>
    public static string Clean(string? title)
    {
        var builder = new StringBuilder();
        foreach (var c in title ?? "")
        {
            if (char.IsControl(c))
            {
                continue;
            }

            builder.Append(Array.IndexOf(Invalid, c) >= 0 ? '-' : c);
        }

        var name = builder.ToString().Trim().Trim('\'').Trim();
        if (name.Length > MaxLength)
        {
            // Never cut a surrogate pair in half.
            var cut = char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            name = name[..cut].TrimEnd().TrimEnd('\'');
        }

        return name.Length == 0 || string.Equals(name, "History", StringComparison.OrdinalIgnoreCase) ? "Sheet" : name;
    }
}
