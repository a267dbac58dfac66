using Bunit;
using MedRec.Portal.Web.Components.Shared.Markdown;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Shared;

/// <summary>Task descriptions and rules are organiser-written Markdown shown to every visitor.</summary>
public sealed class MarkdownTextTests : PortalComponentTest
{
    [Fact]
    public void RendersEmphasisCodeAndListsAsMarkupNotAsLiteralSymbols()
    {
        var cut = Render("**演示数据**：本任务的数据由程序合成。\n\n- 提交 `prediction` 列表\n- 第二条");

        cut.Find("strong").TextContent.ShouldBe("演示数据");
        cut.Find("code").TextContent.ShouldBe("prediction");
        cut.FindAll("li").Count.ShouldBe(2);
        cut.Markup.ShouldNotContain("**");
        cut.Markup.ShouldNotContain("`");
    }

    [Fact]
    public void EscapesRawHtmlInsteadOfRunningIt()
    {
        var cut = Render("Hello <script>alert('x')</script> <img src=x onerror=alert(1)> <b>bold</b>");

        cut.FindAll("script").ShouldBeEmpty();
        cut.FindAll("img").ShouldBeEmpty();
        cut.FindAll("b").ShouldBeEmpty();
        cut.Find("p").TextContent.ShouldContain("<script>alert('x')</script>");
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))")]
    [InlineData("[click me](JavaScript:alert(1))")]
    [InlineData("[click me](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click me](vbscript:msgbox)")]
    [InlineData("[click me](//evil.example/x)")]
    public void DropsTheAddressOfLinksThatCouldRunCodeButKeepsTheirText(string markdown)
    {
        var cut = Render(markdown);

        cut.FindAll("a").ShouldBeEmpty();
        cut.Find("p").TextContent.ShouldBe("click me");
    }

    [Fact]
    public void DropsImagesWithUnsafeSourcesAndKeepsTheirAltText()
    {
        var cut = Render("![diagram](javascript:alert(1))");

        cut.FindAll("img").ShouldBeEmpty();
        cut.Find("p").TextContent.ShouldBe("diagram");
    }

    [Fact]
    public void KeepsWebMailAndSitePathLinksAndMarksExternalOnesNoFollow()
    {
        var cut = Render("[CHIP](https://example.org/chip) · [mail](mailto:org@example.org) · [data](/tasks/cdrugred?tab=data) · https://auto.example.org");

        var links = cut.FindAll("a");
        links.Select(a => a.GetAttribute("href")).ShouldBe(
            ["https://example.org/chip", "mailto:org@example.org", "/tasks/cdrugred?tab=data", "https://auto.example.org"]);
        links[0].GetAttribute("rel").ShouldBe("nofollow noopener noreferrer");
    }

    [Fact]
    public void RendersNothingForBlankText()
    {
        var cut = Render("   ");

        cut.Find("div").InnerHtml.ShouldBeEmpty();
    }

    [Fact]
    public void CardSummaryIsTheFirstParagraphAsPlainTextWithMarkupRemovedButUnderscoresInWordsKept()
    {
        var summary = SafeMarkdown.FirstParagraphAsText("**Demo data**: codes like `K35_1` and [links](https://x.example).\nSecond line.\n\nNext paragraph.", 220);

        summary.ShouldBe("Demo data: codes like K35_1 and links. Second line.");
    }

    [Fact]
    public void CardSummaryIsCutWithAnEllipsis()
    {
        SafeMarkdown.FirstParagraphAsText(new string('字', 300), 220).ShouldBe(new string('字', 220) + "…");
    }

    private IRenderedComponent<MarkdownText> Render(string markdown) =>
        Context.Render<MarkdownText>(p => p.Add(c => c.Text, markdown));
}
