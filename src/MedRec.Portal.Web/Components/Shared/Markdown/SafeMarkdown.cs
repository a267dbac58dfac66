namespace MedRec.Portal.Web.Components.Shared.Markdown;

/// <summary>The pages' name for <see cref="Application.Common.SafeMarkdown"/> (which announcement e-mails use too).</summary>
public static class SafeMarkdown
{
    /// <inheritdoc cref="Application.Common.SafeMarkdown.ToHtml"/>
    public static string ToHtml(string? markdown) => Application.Common.SafeMarkdown.ToHtml(markdown);

    /// <inheritdoc cref="Application.Common.SafeMarkdown.FirstParagraphAsText"/>
    public static string FirstParagraphAsText(string? markdown, int maxLength) => Application.Common.SafeMarkdown.FirstParagraphAsText(markdown, maxLength);

    /// <inheritdoc cref="Application.Common.SafeMarkdown.IsSafeAddress"/>
    public static bool IsSafeAddress(string? url) => Application.Common.SafeMarkdown.IsSafeAddress(url);
}
