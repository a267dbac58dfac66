using System.Diagnostics;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.EndToEndTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The leaderboard in a real browser: scores scored by the server's own worker appear on boards that are already
/// open, an organiser's freeze and release reach participants without a reload, and an organiser moderates from
/// the board. Screenshots of the board (participant and organiser, zh-CN and en, live and frozen) go to
/// artifacts/screenshots.
/// </summary>
public sealed class LeaderboardTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 30_000 };

    private readonly PortalServer _server = new();
    private Browser? _browser;

    private string BoardUrl => $"tasks/{PortalServer.TaskSlug}?tab=leaderboard";

    public async ValueTask InitializeAsync()
    {
        _browser = await Browser.LaunchAsync();
        await _server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // The browser goes first: an open circuit would hold the server's shutdown for its timeout.
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ANewScoreAppearsOnAnAlreadyOpenBoardWithoutReload()
    {
        var scenario = await BoardScenario.CreateAsync(_server);
        var mei = await scenario.AddTeamAsync("Team Mei", "mei@e2e.medrec.local");
        await scenario.AddTeamAsync("深度学习队", "dl@e2e.medrec.local");
        await scenario.SubmitAsync("Team Mei", BoardScenario.Half);

        var page = await SignInAsync(mei, BoardUrl);
        var rows = page.Locator("[data-testid=board] [data-testid=board-row]");
        await Assertions.Expect(rows.First).ToContainTextAsync("Team Mei", Soon);
        await Assertions.Expect(page.Locator("[data-testid=board-row][data-viewer=true]")).ToContainTextAsync("Team Mei");
        await page.EvaluateAsync("() => window.medrecNoReload = true");

        // Note when the server published the new score, to see how long the open page takes to show it.
        var published = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = _server.Services.GetRequiredService<ILeaderboardEvents>();
        void OnChanged(object? sender, BoardChanged change)
        {
            if (change.Kind == BoardChangeKind.ScoresChanged)
            {
                published.TrySetResult(Stopwatch.GetTimestamp());
            }
        }

        events.Changed += OnChanged;
        try
        {
            await scenario.SubmitAsync("深度学习队", BoardScenario.Perfect);
            await Assertions.Expect(rows.First).ToContainTextAsync("深度学习队", Soon);
            var shownAt = Stopwatch.GetTimestamp();
            var publishedAt = await published.Task.WaitAsync(TimeSpan.FromSeconds(5));
            var delay = Stopwatch.GetElapsedTime(publishedAt, shownAt);
            TestContext.Current.TestOutputHelper?.WriteLine($"score published → shown on the open board: {delay.TotalMilliseconds:F0} ms");
            delay.ShouldBeLessThan(TimeSpan.FromSeconds(3), "the open board should show a new score about as soon as it is published");
        }
        finally
        {
            events.Changed -= OnChanged;
        }

        (await page.EvaluateAsync<bool>("() => window.medrecNoReload === true")).ShouldBeTrue("the page must not have reloaded");
        (await rows.Nth(0).Locator("[data-testid=board-rank]").TextContentAsync())!.Trim().ShouldBe("1");
        (await rows.Nth(1).Locator("[data-testid=board-rank]").TextContentAsync())!.Trim().ShouldBe("2");
        await page.ScreenshotAsync("leaderboard-participant-live-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOrganiserFreezesParticipantsSeeTheFrozenBoardAndReleaseBringsTheLiveOneBack()
    {
        var scenario = await BoardScenario.CreateAsync(_server);
        var mei = await scenario.AddTeamAsync("Team Mei", "mei@e2e.medrec.local");
        var wang = await scenario.AddTeamAsync("深度学习队", "wang@e2e.medrec.local", PortalLanguages.Chinese);
        await scenario.SubmitAsync("Team Mei", BoardScenario.Half);

        var participant = await SignInAsync(mei, BoardUrl);
        await Assertions.Expect(participant.Locator("[data-testid=board] [data-testid=board-row]").First).ToContainTextAsync("Team Mei", Soon);
        await participant.EvaluateAsync("() => window.medrecNoReload = true");

        // The organiser (Chinese by default) freezes the board from the same tab, confirming in the dialog.
        var organizer = await SignInAsync(PortalServer.OrganizerEmail, BoardUrl);
        await organizer.ByTestId("board-controls").WaitForAsync();
        await organizer.ByTestId("board-freeze").ClickAsync();
        await organizer.Locator(".mud-dialog .mud-dialog-actions button").Last.ClickAsync();
        await Assertions.Expect(organizer.ByTestId("board-state")).ToContainTextAsync("已冻结", Soon);
        await Assertions.Expect(organizer.ByTestId("board-live")).ToHaveCountAsync(0);

        // The participant's open page turns into the frozen board by itself.
        await Assertions.Expect(participant.ByTestId("board-frozen")).ToContainTextAsync("Frozen at", Soon);
        await Assertions.Expect(participant.ByTestId("board-frozen")).ToContainTextAsync("Beijing time");
        await Assertions.Expect(participant.ByTestId("board-frozen")).ToContainTextAsync("your time (Europe/Berlin)");
        // A frozen board is not live: no green "live updates" chip, and participants still see every metric.
        await Assertions.Expect(participant.ByTestId("board-live")).ToHaveCountAsync(0);
        await Assertions.Expect(participant.Locator("[data-testid=board] [data-testid=board-row]").First.Locator("[data-testid=board-metric-jaccard]")).ToHaveCountAsync(1);
        await Assertions.Expect(participant.Locator("[data-testid=board] [data-testid=board-row]").First.Locator("[data-testid=board-metric-f1]")).ToHaveCountAsync(1);
        await participant.ScreenshotAsync("leaderboard-participant-frozen-en");

        // A score after the freeze reaches the organiser's live board, not the participants'.
        await scenario.SubmitAsync("深度学习队", BoardScenario.Perfect);
        await Assertions.Expect(organizer.Locator("[data-testid=board] [data-testid=board-row]").First).ToContainTextAsync("深度学习队", Soon);
        await Assertions.Expect(organizer.Locator("[data-testid=board-participants] [data-testid=board-row]")).ToHaveCountAsync(1);
        await organizer.ScreenshotAsync("leaderboard-organizer-frozen-zh");
        await Assertions.Expect(participant.Locator("[data-testid=board] [data-testid=board-row]")).ToHaveCountAsync(1);
        (await participant.ByTestId("board").TextContentAsync())!.ShouldNotContain("深度学习队");

        var chinese = await SignInAsync(wang, BoardUrl);
        await Assertions.Expect(chinese.ByTestId("board-frozen")).ToContainTextAsync("冻结于", Soon);
        await chinese.ScreenshotAsync("leaderboard-participant-frozen-zh");

        // Release: one confirmed action; the participant's page shows the live board with the late score.
        await organizer.ByTestId("board-release").ClickAsync();
        await organizer.Locator(".mud-dialog .mud-dialog-actions button").Last.ClickAsync();
        await Assertions.Expect(participant.Locator("[data-testid=board] [data-testid=board-row]").First).ToContainTextAsync("深度学习队", Soon);
        await Assertions.Expect(participant.ByTestId("board-frozen")).ToHaveCountAsync(0);
        (await participant.EvaluateAsync<bool>("() => window.medrecNoReload === true")).ShouldBeTrue("the page must not have reloaded");
        await Assertions.Expect(participant.Locator("[data-testid=snapshot-row]")).ToHaveCountAsync(1);
        await Assertions.Expect(chinese.Locator("[data-testid=board] [data-testid=board-row][data-viewer=true]")).ToContainTextAsync("深度学习队", Soon);
        await chinese.ScreenshotAsync("leaderboard-participant-live-zh");

        // The freeze snapshot stays browsable after the release.
        await participant.ByTestId("open-snapshot").ClickAsync();
        await Assertions.Expect(participant.ByTestId("board-snapshot-banner")).ToBeVisibleAsync();
        await Assertions.Expect(participant.Locator("[data-testid=board] [data-testid=board-row]")).ToHaveCountAsync(1);

        await organizer.GoToInteractiveAsync(BoardUrl);
        await organizer.ByTestId("board-controls").WaitForAsync();
        await organizer.ScreenshotAsync("leaderboard-organizer-live-zh");
        await chinese.Context.CloseAsync();
        await participant.Context.CloseAsync();
        await organizer.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOrganiserHidesATeamWithAReasonAndRevokesIt()
    {
        var scenario = await BoardScenario.CreateAsync(_server);
        var mei = await scenario.AddTeamAsync("Team Mei", "mei@e2e.medrec.local");
        await scenario.AddTeamAsync("Test team", "test@e2e.medrec.local");
        await scenario.SubmitAsync("Team Mei", BoardScenario.Half);
        await scenario.SubmitAsync("Test team", BoardScenario.Perfect);

        var participant = await SignInAsync(mei, BoardUrl);
        var theirRows = participant.Locator("[data-testid=board] [data-testid=board-row]");
        await Assertions.Expect(theirRows).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });

        var organizer = await SignInAsync(PortalServer.OrganizerEmail, BoardUrl);
        await organizer.ByTestId("language-switch").ClickAsync();
        await organizer.WaitForURLAsync(url => url.Contains("tab=leaderboard", StringComparison.Ordinal));
        await organizer.WaitForInteractiveAsync();
        var testRow = organizer.Locator("[data-testid=board] [data-testid=board-row]", new PageLocatorOptions { HasText = "Test team" });
        await testRow.Locator("[data-testid=row-menu] button").ClickAsync();
        await organizer.ByTestId("row-hide-team").ClickAsync();

        // An empty reason is refused and the dialog stays open.
        await organizer.ByTestId("reason-confirm").ClickAsync();
        await Assertions.Expect(organizer.Locator(".mud-dialog")).ToContainTextAsync("Give a reason; it is kept in the audit log.");
        await organizer.Locator("textarea[data-testid=reason-text], [data-testid=reason-text] textarea").First.FillAsync("Organisers' test team");
        await organizer.ByTestId("reason-confirm").ClickAsync();

        await Assertions.Expect(theirRows).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        await Assertions.Expect(organizer.Locator("[data-testid=moderation-row]")).ToContainTextAsync("Organisers' test team", Soon);
        await organizer.ScreenshotAsync("leaderboard-organizer-moderation-en");

        await organizer.ByTestId("moderation-revoke").ClickAsync();
        await organizer.Locator("textarea[data-testid=reason-text], [data-testid=reason-text] textarea").First.FillAsync("Hidden by mistake");
        await organizer.ByTestId("reason-confirm").ClickAsync();
        await Assertions.Expect(theirRows).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        await Assertions.Expect(organizer.ByTestId("moderation-none")).ToBeVisibleAsync();
        await organizer.Context.CloseAsync();
        await participant.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(string email, string returnUrl)
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(email));
        await page.GotoAsync("Account/Login?ReturnUrl=" + Uri.EscapeDataString("/" + returnUrl));
        await page.FillByIdAsync("email", email);
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.ByTestId("leaderboard").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        return page;
    }
}
