using MedRec.Portal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The participant journey in a real browser: register, create a team, register it for a task, get approved by
/// the organiser, download the inputs; and the language switch. Screenshots of the main pages are saved to
/// artifacts/screenshots for people to look at.
/// </summary>
public sealed class ParticipantJourneyTests : IAsyncLifetime
{
    private readonly PortalServer _server = new();
    private Browser? _browser;

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
    public async Task ANewParticipantFormsATeamGetsApprovedAndDownloadsTheInputs()
    {
        var participant = await _browser!.NewPageAsync(_server.BaseUrl);

        // Register (static form), confirm through the mailed link, sign in.
        await participant.RegisterConfirmAndSignInAsync(_server.MailFolder, "mei@e2e.medrec.local", "Mei", PortalServer.Password);
        (await participant.ByTestId("signed-in-user").TextContentAsync())!.ShouldContain("mei@e2e.medrec.local");
        await participant.ByTestId("task-card").WaitForAsync();
        await participant.ScreenshotAsync("home-en");

        // Create a team on the task page and register it.
        await participant.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}");
        // The organiser's Markdown is rendered; their raw HTML is not.
        await Assertions.Expect(participant.Locator("[data-testid=task-description] strong")).ToHaveTextAsync("discharge medications");
        await Assertions.Expect(participant.ByTestId("task-description")).ToContainTextAsync("<b>raw HTML</b> is shown as text.");
        await participant.Field("new-team-name").FillAsync("Team Mei");
        await participant.ByTestId("create-team").ClickAsync();
        await participant.ByTestId("my-team-link").WaitForAsync();
        await participant.Locator("[data-testid=accept-terms] input, input[data-testid=accept-terms]").First.CheckAsync();
        await participant.ByTestId("register-team").ClickAsync();
        await Assertions.Expect(participant.ByTestId("registration-status")).ToContainTextAsync("Pending approval");
        await participant.ScreenshotAsync("task-overview-en");

        // Before approval the data tab locks the files.
        await participant.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=data");
        // A team that has registered is told it waits for approval, not to register again.
        await Assertions.Expect(participant.ByTestId("data-locked")).ToContainTextAsync("waiting for the organisers' approval");
        (await participant.ByTestId("data-locked").TextContentAsync())!.ShouldNotContain("Register your team");

        // The organiser approves the registration.
        var organizer = await _browser.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(PortalServer.OrganizerEmail));
        await organizer.GotoAsync("Account/Login?ReturnUrl=%2Forganizer%2Fregistrations");
        await organizer.FillByIdAsync("email", PortalServer.OrganizerEmail);
        await organizer.FillByIdAsync("password", PortalServer.Password);
        await organizer.ByTestId("login-submit").ClickAsync();
        await organizer.WaitForInteractiveAsync();
        await organizer.ByTestId("approve").ClickAsync();
        // Organiser accounts default to Chinese, so the console speaks Chinese after sign-in.
        await Assertions.Expect(organizer.ByTestId("registration-status")).ToContainTextAsync("已通过");
        await organizer.ScreenshotAsync("organizer-registrations-zh");
        await organizer.GoToInteractiveAsync($"organizer/tasks/{PortalServer.TaskSlug}?tab=phases");
        await organizer.ByTestId("phase-row").WaitForAsync();
        await organizer.ScreenshotAsync("organizer-task-phases-zh");
        await organizer.Context.CloseAsync();

        // Now the participant downloads the inputs.
        await participant.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=data");
        var download = await participant.RunAndWaitForDownloadAsync(() => participant.Locator("[data-testid=data-row]").Nth(1).Locator("[data-testid=download]").ClickAsync());
        download.SuggestedFilename.ShouldBe("cdrugred-e2e-A-inputs.jsonl", "named after the task and phase");
        var saved = Path.Combine(Path.GetTempPath(), "medrec-e2e-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).ShouldBe(PortalServer.Inputs);
        File.Delete(saved);
        await participant.ScreenshotAsync("task-data-en");

        await participant.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=evaluation");
        await participant.ByTestId("evaluation-rules").WaitForAsync();
        await participant.ScreenshotAsync("task-evaluation-en");

        await participant.GoToInteractiveAsync("teams");
        await participant.Locator("text=Open team").First.ClickAsync();
        await participant.ByTestId("member-table").WaitForAsync();
        await participant.ScreenshotAsync("team-en");
        await participant.Context.CloseAsync();
    }

    [Fact]
    public async Task TheLanguageSwitchTurnsThePortalIntoChineseAndBack()
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl);
        await page.GoToInteractiveAsync("");
        (await page.Locator("h3").First.TextContentAsync())!.ShouldContain("Clinical NLP shared tasks");

        await page.ByTestId("language-switch").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("culture", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();

        (await page.Locator("h3").First.TextContentAsync())!.ShouldContain("临床 NLP 评测任务");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-CN");
        await page.ByTestId("task-card").WaitForAsync();
        await page.ScreenshotAsync("home-zh");
        await page.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=evaluation");
        await page.ByTestId("evaluation-rules").WaitForAsync();
        (await page.ByTestId("evaluation-rules").TextContentAsync())!.ShouldContain("评分规则");
        await page.ScreenshotAsync("task-evaluation-zh");

        await page.ByTestId("language-switch").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("tab=evaluation", StringComparison.Ordinal));
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        await page.Context.CloseAsync();
    }
}
