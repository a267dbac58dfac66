using System.Globalization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// The languages the portal speaks. English is the default; Simplified Chinese (zh-CN) is offered everywhere.
/// A request's language comes from, in order: the culture cookie (set by the language switch and at sign-in from
/// the user's stored preference), then the browser's Accept-Language, then the default.
/// </summary>
public static class PortalCultures
{
    /// <summary>The culture used when nothing else decides.</summary>
    public const string Default = "en";

    /// <summary>Simplified Chinese.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>Every culture the portal has strings for, default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = [Default, Chinese];

    /// <summary>
    /// Maps what a client asked for onto a supported culture name, or null when it is not one of them
    /// (so callers can refuse it instead of silently storing garbage).
    /// </summary>
    public static string? Normalize(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        foreach (var supported in Supported)
        {
            if (string.Equals(supported, requested.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return supported;
            }
        }

        return null;
    }

    /// <summary>True when the current UI culture is Chinese (any zh variant), for content written per language.</summary>
    public static bool IsChinese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "zh";
    }
}
