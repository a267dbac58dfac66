using System.Text;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>
/// Return URLs from query strings and forms (login, logout, the language switch), made safe to redirect to.
/// </summary>
public static class LocalReturnUrl
{
    /// <summary>
    /// A same-site path, or "/": anything absolute or protocol-relative (a crafted link must not bounce people to
    /// another site) and anything with a control character (tab, CR, LF: never a real path, and a header cannot
    /// carry it) goes home. Non-ASCII characters (a Chinese path or query) are percent-encoded as UTF-8, as a
    /// browser sends them, because a Location header carries ASCII only.
    /// </summary>
    public static string Sanitize(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.StartsWith("/\\", StringComparison.Ordinal) || returnUrl.Any(char.IsControl))
        {
            return "/";
        }

        if (returnUrl.All(char.IsAscii))
        {
            return returnUrl;
        }

        var encoded = new StringBuilder(returnUrl.Length * 3);
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            encoded.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }

        return encoded.ToString();
    }
}
