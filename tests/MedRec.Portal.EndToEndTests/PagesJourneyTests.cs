using MedRec.Portal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The public pages as a newcomer meets them on the demo portal, in English and Chinese: the home page's steps,
/// timeline and contact, the navigation to tasks and boards without signing in, board times in the task's named
/// zone and the viewer's, tabs in the URL (a board link opens the board), the Evaluation tab's per-phase rules,
/// an unknown task answering 404, and the top bar on a phone. Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class PagesJourneyTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 30_000 };

    private readonly DemoPortalServer _server = new();
    private Browser? _browser;

    public async ValueTask InitializeAsync()
    {
        _browser = await Browser.LaunchAsync();
        await _server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AnAnonymousVisitorFindsTheStepsTheTimelineAndTheBoardsAndSharesABoardLink()
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl);
        await page.GoToInteractiveAsync("");

        await Assertions.Expect(page.Locator("[data-testid=how-step]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.ByTestId("home-contact")).ToContainTextAsync("organizer@demo.medrec");
        (await page.Locator("[data-testid=timeline-phase]").CountAsync()).ShouldBeGreaterThanOrEqualTo(4);
        await Assertions.Expect(page.ByTestId("home-timeline")).ToContainTextAsync("Beijing time");
        await Assertions.Expect(page.Locator("[data-testid=nav-leaderboard]")).ToHaveCountAsync(2);
        await page.ScreenshotAsync("pages-home-en");

        // The navigation reaches a board without signing in; the board's times name Beijing time, then the
        // viewer's own (the browser is in Berlin).
        await page.Locator("[data-testid=nav-leaderboard]").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("tab=leaderboard", StringComparison.Ordinal));
        var firstTime = page.Locator("[data-testid=board] [data-testid=board-time]").First;
        await Assertions.Expect(firstTime).ToContainTextAsync("Beijing time", Soon);
        await Assertions.Expect(firstTime).ToContainTextAsync("your time (Europe/Berlin)");
        await page.ScreenshotAsync("pages-board-en");

        // Choosing a tab puts it in the address bar; that address opens the same tab for someone else.
        // A tab reacts once the page is live (a click on the prerendered page does nothing on a slow machine).
        await page.WaitForInteractiveAsync();
        await page.Locator(".mud-tab", new PageLocatorOptions { HasText = "Evaluation" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("tab=evaluation", StringComparison.Ordinal));
        var shared = page.Url;
        await Assertions.Expect(page.ByTestId("evaluation-final-rule")).ToContainTextAsync("closes last");
        await Assertions.Expect(page.ByTestId("evaluation-final-phase")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("evaluation-counts").First).ToContainTextAsync("submission");
        await page.ScreenshotAsync("pages-evaluation-en");

        var other = await _browser.NewPageAsync(_server.BaseUrl, "zh-CN");
        await other.GoToInteractiveAsync(shared);
        await Assertions.Expect(other.ByTestId("evaluation-phase-rules")).ToBeVisibleAsync();
        await Assertions.Expect(other.ByTestId("evaluation-final-phase")).ToContainTextAsync("决定最终排名");
        await other.ScreenshotAsync("pages-evaluation-zh");

        await other.GoToInteractiveAsync("");
        await Assertions.Expect(other.ByTestId("how-to-take-part")).ToContainTextAsync("如何参赛");
        await Assertions.Expect(other.ByTestId("home-timeline")).ToContainTextAsync("北京时间");
        await other.ScreenshotAsync("pages-home-zh");
        await other.Locator("[data-testid=nav-leaderboard]").First.ClickAsync();
        var zhTime = other.Locator("[data-testid=board] [data-testid=board-time]").First;
        await Assertions.Expect(zhTime).ToContainTextAsync("北京时间", Soon);
        await Assertions.Expect(zhTime).ToContainTextAsync("您的时间");
        await other.ScreenshotAsync("pages-board-zh");

        // An unknown task is a 404 page, not an error box on a 200.
        var missing = await page.GotoAsync("tasks/no-such-task");
        missing!.Status.ShouldBe(404);
        await Assertions.Expect(page.Locator("h4")).ToContainTextAsync("not found", new() { IgnoreCase = true });
        await page.ScreenshotAsync("pages-not-found-en");
        await other.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task TheTopBarStaysOneLineAtPhoneWidth(string locale)
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, locale, width: 375, height: 800);
        await page.GoToInteractiveAsync("");

        var bar = await page.Locator(".portal-topbar").BoundingBoxAsync();
        bar!.Height.ShouldBeLessThanOrEqualTo(64, "the top bar wrapped onto a second line");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375, "the page scrolls sideways");
        foreach (var id in new[] { "language-switch", "login-link", "register-link" })
        {
            var box = await page.ByTestId(id).BoundingBoxAsync();
            (box!.X + box.Width).ShouldBeLessThanOrEqualTo(375, $"{id} is cut off");
        }

        await page.ScreenshotAsync($"pages-phone-home-{locale[..2]}");
        await page.GoToInteractiveAsync("tasks/cdrugred?tab=leaderboard");
        await page.ByTestId("leaderboard").WaitForAsync();
        (await page.Locator(".portal-topbar").BoundingBoxAsync())!.Height.ShouldBeLessThanOrEqualTo(64);
        await page.ScreenshotAsync($"pages-phone-board-{locale[..2]}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ADemoParticipantsDataTabInBothLanguages()
    {
        foreach (var locale in new[] { "en-US", "zh-CN" })
        {
            var page = await _browser!.NewPageAsync(_server.BaseUrl, locale);
            await page.GotoAsync("Account/Login?ReturnUrl=" + Uri.EscapeDataString("/tasks/cdrugred?tab=data"));
            await page.FillByIdAsync("email", "participant1@demo.medrec");
            await page.FillByIdAsync("password", "demo-participant-2025");
            await page.ByTestId("login-submit").ClickAsync();
            await page.WaitForInteractiveAsync();
            (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(locale == "zh-CN" ? "zh-CN" : "en", "signing in keeps the browser's language");
            await page.ByTestId("data-table").WaitForAsync();
            await page.ScreenshotAsync($"pages-data-{locale[..2]}");
            await page.Context.CloseAsync();
        }
    }
}
