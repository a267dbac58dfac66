using MedRec.Portal.EndToEndTests.Infrastructure;
using MedRec.Portal.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// What someone trying the demo sees: phase A's boards full of scored demo teams beside the baseline, with the
/// phase chart and, for a demo account, its own team's chart. Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class DemoBoardTests : IAsyncLifetime
{
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
    public async Task ADemoAccountSeesARankedBoardTheBaselineAndItsTeamsScoreChart()
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl);
        await page.GotoAsync("Account/Login?ReturnUrl=" + Uri.EscapeDataString("/tasks/cdrugred?tab=leaderboard"));
        await page.FillByIdAsync("email", string.Format(System.Globalization.CultureInfo.InvariantCulture, DemoAccounts.ParticipantEmailFormat, 1));
        await page.FillByIdAsync("password", DemoAccounts.ParticipantPassword);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();

        // Seven ranked teams; the baseline row joins once the background worker has run the demo model.
        var rows = page.Locator("[data-testid=board] [data-testid=board-row]");
        await Assertions.Expect(rows.And(page.Locator("[data-baseline=true]"))).ToHaveCountAsync(1, new() { Timeout = 90_000 });
        await Assertions.Expect(rows).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("[data-testid=board-row][data-viewer=true]")).ToContainTextAsync("Demo Team 1");
        (await rows.Nth(0).Locator("[data-testid=board-rank]").TextContentAsync())!.Trim().ShouldBe("1");

        await Assertions.Expect(page.ByTestId("chart-phase-best")).ToBeVisibleAsync();
        var teamChart = page.ByTestId("chart-team");
        await Assertions.Expect(teamChart).ToContainTextAsync("Demo Team 1");
        (await teamChart.Locator("svg path, svg circle").CountAsync()).ShouldBeGreaterThan(2);
        await page.ScreenshotAsync("demo-leaderboard-cdrugred");
        await teamChart.ScrollIntoViewIfNeededAsync();
        await teamChart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(PageExtensions.ScreenshotDirectory, "demo-team-chart-cdrugred.png") });
        await page.Context.CloseAsync();
    }
}
