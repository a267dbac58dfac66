using System.Globalization;

namespace MedRec.Portal.Web.Localization;

/// <summary>Chooses between the Chinese and English versions of organiser-written text (task titles, phase names).</summary>
public static class Bilingual
{
    /// <summary>The text in the current UI language, or the other language's when that one is empty.</summary>
    public static string Pick(string? chinese, string? english)
    {
        var preferChinese = PortalCultures.IsChinese(CultureInfo.CurrentUICulture);
        var first = preferChinese ? chinese : english;
        var second = preferChinese ? english : chinese;
        return !string.IsNullOrWhiteSpace(first) ? first : second ?? "";
    }
}
