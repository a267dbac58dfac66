using MedRec.Portal.EndToEndTests.Infrastructure;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The console's announcements in a real browser: an organiser posts one (in Chinese), edits and pins it, sees the
/// change on the task page, and deletes it only after confirming (in English). Screenshots in both languages.
/// </summary>
public sealed class AnnouncementConsoleTests : IAsyncLifetime
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
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TheOrganizerPostsEditsPinsAndDeletesAnAnnouncementWithConfirmation()
    {
        // A Chinese browser: the console is read in Chinese until the top-bar switch below (signing in never changes it).
        var page = await _browser!.NewPageAsync(_server.BaseUrl, locale: "zh-CN");
        await page.GotoAsync("Account/Login?ReturnUrl=%2Forganizer%2Fannouncements");
        await page.FillByIdAsync("email", PortalServer.OrganizerEmail);
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();

        await Text(page, "announcement-title-zh").FillAsync("数据更新");
        await Text(page, "announcement-title-en").FillAsync("Data update");
        await Text(page, "announcement-body-zh").FillAsync("训练集已更新。");
        await Text(page, "announcement-body-en").FillAsync("The training data was **updated**.");
        await page.ByTestId("announcement-post").ClickAsync();
        await page.ByTestId("announcement-posted").WaitForAsync();
        (await page.ByTestId("announcement").InnerTextAsync()).ShouldContain("数据更新");
        (await page.ByTestId("announcement-pinned").CountAsync()).ShouldBe(0);

        // Edit: the form fills with the announcement, the e-mail option is gone (an edit mails nobody).
        await page.ByTestId("announcement-edit").ClickAsync();
        await page.ByTestId("announcement-editing").WaitForAsync();
        (await Text(page, "announcement-title-en").InputValueAsync()).ShouldBe("Data update");
        (await Text(page, "announcement-body-en").InputValueAsync()).ShouldBe("The training data was **updated**.");
        (await page.ByTestId("announcement-email").CountAsync()).ShouldBe(0);
        await Text(page, "announcement-title-zh").FillAsync("数据更新（修订）");
        await page.Field("announcement-pin").CheckAsync();
        await page.ScreenshotAsync("organizer-announcement-edit-zh");
        await page.ByTestId("announcement-save").ClickAsync();
        await page.ByTestId("announcement-posted").WaitForAsync();
        (await page.ByTestId("announcement-posted").InnerTextAsync()).ShouldContain("公告已更新");
        (await page.ByTestId("announcement-editing").CountAsync()).ShouldBe(0);
        (await page.ByTestId("announcement").InnerTextAsync()).ShouldContain("数据更新（修订）");
        await page.ByTestId("announcement-pinned").WaitForAsync();

        await page.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}");
        (await page.ByTestId("announcement").InnerTextAsync()).ShouldContain("数据更新（修订）");
        (await page.ByTestId("announcement-edit").CountAsync()).ShouldBe(0, "the task page only shows announcements");

        // Delete asks first: cancelling keeps it, confirming removes it.
        await page.GotoAsync("culture?culture=en&redirectUri=/organizer/announcements");
        await page.WaitForInteractiveAsync();
        await page.ByTestId("announcement-delete").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.WaitForAsync();
        (await dialog.InnerTextAsync()).ShouldContain("Delete this announcement?");
        (await dialog.InnerTextAsync()).ShouldContain("“Data update” disappears from the task page and the home page.");
        await page.ScreenshotAsync("organizer-announcement-delete-en");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await AnnouncementsInDatabaseAsync()).ShouldBe(1);

        await page.ByTestId("announcement-delete").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete announcement" }).ClickAsync();
        await page.ByTestId("announcements").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await AnnouncementsInDatabaseAsync()).ShouldBe(0);
        await page.Context.CloseAsync();
    }

    // Multi-line MudTextFields render a textarea carrying the component's data-testid.
    private static ILocator Text(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private async Task<int> AnnouncementsInDatabaseAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Announcements.CountAsync();
    }
}
