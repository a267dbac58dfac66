using MedRec.Portal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The data-use terms in a real browser: a member who joins an approved team through the invitation link is
/// shown the organiser's terms in full (Markdown rendered, raw HTML as text) and can neither download nor upload
/// until they accept; once accepted, the download works. One member in English, one in Chinese (screenshots of both).
/// </summary>
public sealed class TermsJourneyTests : IAsyncLifetime
{
    private const string TermsEn = "## Data-use terms, second edition\n\n1. Use the records **only** for this task.\n2. Never copy them elsewhere.\n\n<script>alert('x')</script>";
    private const string TermsZh = "## 数据使用条款（第二版）\n\n1. 数据**仅**用于本任务。\n2. 不得复制到别处。\n\n<script>alert('x')</script>";

    private readonly PortalServer _server = new();
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
    public async Task AnInvitedMemberReadsAndAcceptsTheTermsBeforeTheFirstDownload()
    {
        var code = await _server.SeedApprovedTeamWithInvitationAsync(TermsZh, TermsEn);

        var member = await JoinThroughTheLinkAsync("en-US", "ada@e2e.medrec.local", "Ada", code);
        await member.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=data");
        await member.ByTestId("accept-terms-panel").WaitForAsync();
        await Assertions.Expect(member.ByTestId("terms-version")).ToContainTextAsync("version 2");
        await Assertions.Expect(member.Locator("[data-testid=terms-text] h2")).ToHaveTextAsync("Data-use terms, second edition");
        await Assertions.Expect(member.Locator("[data-testid=terms-text] strong")).ToHaveTextAsync("only");
        await Assertions.Expect(member.ByTestId("terms-text")).ToContainTextAsync("<script>alert('x')</script>");
        (await member.Locator("script:has-text(\"alert('x')\")").CountAsync()).ShouldBe(0);
        (await member.Locator("[data-testid=download]").CountAsync()).ShouldBe(0, "no download before the terms are accepted");
        await Assertions.Expect(member.ByTestId("member-accept-terms")).ToBeDisabledAsync();
        await member.ScreenshotAsync("terms-accept-en");

        // The Submit tab asks for the same acceptance instead of offering an upload.
        await member.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=submit");
        await member.ByTestId("accept-terms-panel").WaitForAsync();
        (await member.Locator("[data-testid=submit-panel]").CountAsync()).ShouldBe(0);

        await member.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=data");
        await member.Locator("[data-testid=member-accept-check] input, input[data-testid=member-accept-check]").First.CheckAsync();
        await member.ByTestId("member-accept-terms").ClickAsync();
        await Assertions.Expect(member.ByTestId("terms-accepted")).ToContainTextAsync("version 2");
        (await member.Locator("[data-testid=accept-terms-panel]").CountAsync()).ShouldBe(0);
        var download = await member.RunAndWaitForDownloadAsync(() => member.Locator("[data-testid=data-row]").Nth(1).Locator("[data-testid=download]").ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), "medrec-e2e-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).ShouldBe(PortalServer.Inputs);
        File.Delete(saved);
        download.SuggestedFilename.ShouldBe($"{PortalServer.TaskSlug}-A-inputs.jsonl", "named after the task and phase");

        // The organiser's extra file is offered under the same terms, with its description and its own name.
        await Assertions.Expect(member.Locator("[data-testid=extra-data-table] [data-testid=data-row]")).ToContainTextAsync("How the files are laid out");
        var readme = await member.RunAndWaitForDownloadAsync(() => member.Locator("[data-testid=extra-data-table] [data-testid=download]").ClickAsync());
        readme.SuggestedFilename.ShouldBe("README.md");
        await Assertions.Expect(member.ByTestId("extra-data-table")).ToBeVisibleAsync();
        member.Url.ShouldContain("tab=data", Case.Sensitive, "a download leaves the page on the Data tab");
        await member.ScreenshotAsync("terms-accepted-en");
        await member.Context.CloseAsync();

        // A second invited member whose browser asks for Chinese is shown the Chinese text.
        var chinese = await JoinThroughTheLinkAsync("zh-CN", "li@e2e.medrec.local", "李", code);
        await chinese.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=data");
        await Assertions.Expect(chinese.ByTestId("accept-terms-panel")).ToContainTextAsync("亲自接受数据使用条款");
        await Assertions.Expect(chinese.Locator("[data-testid=terms-text] h2")).ToHaveTextAsync("数据使用条款（第二版）");
        await chinese.ScreenshotAsync("terms-accept-zh");
        await chinese.Context.CloseAsync();

        // The organiser's console lists the extra file with its description (organiser accounts speak Chinese).
        var organizer = await _browser!.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(PortalServer.OrganizerEmail));
        await organizer.GotoAsync("Account/Login?ReturnUrl=" + Uri.EscapeDataString($"/organizer/tasks/{PortalServer.TaskSlug}?tab=files"));
        await organizer.FillByIdAsync("email", PortalServer.OrganizerEmail);
        await organizer.FillByIdAsync("password", PortalServer.Password);
        await organizer.ByTestId("login-submit").ClickAsync();
        await organizer.WaitForInteractiveAsync();
        await Assertions.Expect(organizer.ByTestId("extra-file-row")).ToContainTextAsync("How the files are laid out");
        await organizer.ScreenshotAsync("organizer-extra-files-zh");
        await organizer.Context.CloseAsync();
    }

    private async Task<IPage> JoinThroughTheLinkAsync(string locale, string email, string name, string code)
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, locale);
        await page.RegisterConfirmAndSignInAsync(_server.MailFolder, email, name, PortalServer.Password);

        // The invitation link the leader shares fills in the code.
        await page.GoToInteractiveAsync($"teams/join?code={Uri.EscapeDataString(code)}");
        await page.ByTestId("join-team").ClickAsync();
        await page.ByTestId("member-table").WaitForAsync();
        return page;
    }
}
