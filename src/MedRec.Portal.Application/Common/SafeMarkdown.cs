using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MedRec.Portal.Application.Common;

/// <summary>
/// Turns organiser-written Markdown (task descriptions, rules, announcements; pages and e-mails) into HTML that is safe to show to every visitor.
/// </summary>
/// <remarks>
/// Organiser accounts can be shared or compromised, and the text is shown to every participant, so it is treated as
/// untrusted: raw HTML is escaped rather than passed through (<c>DisableHtml</c>), and links or images whose address is
/// not http(s), mailto or a path on this site (e.g. <c>javascript:</c>, <c>data:</c>) lose their address and render as
/// plain text. Links leave with <c>rel="nofollow noopener noreferrer"</c>.
/// </remarks>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseReferralLinks("nofollow", "noopener", "noreferrer")
        .Build();

    /// <summary>The text as sanitised HTML; an empty string for blank text.</summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        DefuseUnsafeLinks(document);
        return document.ToHtml(Pipeline);
    }

    /// <summary>The first paragraph as plain text (no markup, whitespace folded), cut to <paramref name="maxLength"/> with "…".</summary>
    public static string FirstParagraphAsText(string? markdown, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var paragraph = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2, StringSplitOptions.TrimEntries)[0];
        var plain = string.Join(' ', Markdig.Markdown.ToPlainText(paragraph, Pipeline)
            .Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return plain.Length <= maxLength ? plain : string.Concat(plain.AsSpan(0, maxLength), "…");
    }

    /// <summary>Whether an address may be a link or image target: web, mail, or a path/anchor on this site.</summary>
    public static bool IsSafeAddress(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        // "//host/x" is protocol-relative, i.e. another site: allowed only through the absolute-URI check below.
        if ((trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) || trimmed.StartsWith('#'))
        {
            return true;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
    }

    private static void DefuseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeAddress(link.Url))
            {
                // Keep what the reader sees (the link text, or an image's alt text) but drop the address.
                ReplaceWithText(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var address = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!IsSafeAddress(address))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    private static void ReplaceWithText(LinkInline link)
    {
        var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        link.ReplaceBy(new LiteralInline(text), copyChildren: false);
    }
}
