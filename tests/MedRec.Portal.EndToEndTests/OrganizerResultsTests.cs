using ClosedXML.Excel;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.EndToEndTests.Infrastructure;
using MedRec.Portal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The organiser's results work in a real browser: one click on the task page downloads the Excel workbook (opened
/// here with ClosedXML) and the CSV zip; on the teams page a second registration of one group is merged into the
/// first through the dialog, and the merge is undone again. Screenshots in both languages go to artifacts/screenshots.
/// </summary>
public sealed class OrganizerResultsTests : IAsyncLifetime
{
    private const string FirstTeam = "华西医院临床智能队";
    private const string SecondTeam = "West China (2nd registration)";

    private readonly PortalServer _server = new();
    private Browser? _browser;

    public async ValueTask InitializeAsync()
    {
        _browser = await Browser.LaunchAsync();
        await _server.InitializeAsync();
        await AddTeamAsync("li@e2e.medrec.local", "Li", FirstTeam);
        await AddTeamAsync("wang@e2e.medrec.local", "Wang", SecondTeam);
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
    public async Task TheOrganizerDownloadsTheExportInBothFormats()
    {
        var page = await SignInAsync($"organizer/tasks/{PortalServer.TaskSlug}");
        await page.ByTestId("export-xlsx").WaitForAsync();
        await page.ScreenshotAsync("organizer-task-export-zh");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ByTestId("export-xlsx").ClickAsync());
        download.SuggestedFilename.ShouldStartWith($"{PortalServer.TaskSlug}-results-");
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var path = await SaveAsync(download, ".xlsx");
        using (var book = new XLWorkbook(path))
        {
            // Organiser accounts read the portal in Chinese, and so does their export.
            book.Worksheets.Select(w => w.Name).ShouldBe(["说明", "A 实时榜", "提交记录", "配额记录", "审计日志"]);
            book.Worksheet("A 实时榜").Cell(1, 2).GetString().ShouldBe("队伍");
            book.Worksheet("A 实时榜").SheetView.SplitRow.ShouldBe(1);
            book.Worksheet("审计日志").RowsUsed().Skip(1).Select(r => r.Cell(4).GetString()).ShouldContain("team.created");
        }

        File.Delete(path);

        await page.GotoAsync($"culture?culture=en&redirectUri=/organizer/tasks/{PortalServer.TaskSlug}");
        await page.WaitForInteractiveAsync();
        await page.ByTestId("export-csv").WaitForAsync();
        (await page.ByTestId("export-csv").TextContentAsync())!.ShouldContain("Export CSV");
        await page.ScreenshotAsync("organizer-task-export-en");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.ByTestId("export-csv").ClickAsync());
        csv.SuggestedFilename.ShouldEndWith("-csv.zip");
        var zipPath = await SaveAsync(csv, ".zip");
        using (var zip = System.IO.Compression.ZipFile.OpenRead(zipPath))
        {
            zip.Entries.Select(e => e.FullName).ShouldContain("02-board-A-live.csv");
        }

        File.Delete(zipPath);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheOrganizerMergesASecondRegistrationIntoTheFirst()
    {
        var page = await SignInAsync("organizer/teams");
        await page.GotoAsync("culture?culture=en&redirectUri=/organizer/teams");
        await page.WaitForInteractiveAsync();

        // With many teams the organiser finds one by name (or leader).
        var search = page.Locator("[data-testid=teams-search] input, input[data-testid=teams-search]").First;
        await search.FillAsync(SecondTeam);
        await Assertions.Expect(page.Locator("[data-testid=teams-table] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("teams-count")).ToContainTextAsync("1 of");
        await search.FillAsync("");
        await Assertions.Expect(page.Locator("[data-testid=teams-table] tbody tr", new PageLocatorOptions { HasText = FirstTeam })).ToHaveCountAsync(1);

        var secondRow = page.Locator("tr", new PageLocatorOptions { HasText = SecondTeam });
        await secondRow.Locator("[data-testid=merge-open]").ClickAsync();

        var dialog = page.Locator(".mud-dialog");
        await dialog.WaitForAsync();
        await dialog.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = FirstTeam }).ClickAsync();
        await dialog.Locator("[data-testid=merge-reason] textarea, textarea[data-testid=merge-reason]").First.FillAsync("Same lab registered twice");
        await page.ScreenshotAsync("organizer-merge-dialog-en");
        await dialog.Locator("[data-testid=merge-confirm]").ClickAsync();

        await Assertions.Expect(page.ByTestId("merge-done")).ToContainTextAsync("1 member(s) and 0 submission(s) moved");
        await Assertions.Expect(secondRow.Locator("[data-testid=merged-chip]")).ToContainTextAsync($"Merged into {FirstTeam}");
        var firstRow = page.Locator("tr").Filter(new LocatorFilterOptions { HasText = FirstTeam, HasNotText = SecondTeam });
        await Assertions.Expect(firstRow).ToContainTextAsync("2 / 5");

        await page.GotoAsync("culture?culture=zh-CN&redirectUri=/organizer/teams");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("tr", new PageLocatorOptions { HasText = SecondTeam }).Locator("[data-testid=merged-chip]")).ToContainTextAsync("已并入");
        await page.ScreenshotAsync("organizer-teams-merged-zh");

        // The organiser undoes the merge (the Chinese page): both teams are back, each with its own member.
        await page.Locator("tr", new PageLocatorOptions { HasText = SecondTeam }).Locator("[data-testid=unmerge-open]").ClickAsync();
        var undo = page.Locator(".mud-dialog");
        await undo.WaitForAsync();
        await Assertions.Expect(undo.Locator("[data-testid=unmerge-source]")).ToContainTextAsync(FirstTeam);
        await undo.Locator("[data-testid=unmerge-confirm]").ClickAsync();
        await Assertions.Expect(undo.Locator("[data-testid=error-list]")).ToContainTextAsync("请填写 1–500 个字符的原因");
        await undo.Locator("[data-testid=unmerge-reason] textarea, textarea[data-testid=unmerge-reason]").First.FillAsync("两个课题组，分开报名属实");
        await page.ScreenshotAsync("organizer-unmerge-dialog-zh");
        await undo.Locator("[data-testid=unmerge-confirm]").ClickAsync();

        await Assertions.Expect(page.ByTestId("unmerge-done")).ToContainTextAsync("已撤销合并");
        var second = page.Locator("tr", new PageLocatorOptions { HasText = SecondTeam });
        await Assertions.Expect(second.Locator("[data-testid=merged-chip]")).ToHaveCountAsync(0);
        await Assertions.Expect(second.Locator("[data-testid=unmerge-open]")).ToHaveCountAsync(0);
        await Assertions.Expect(second).ToContainTextAsync("1 / 5");
        await Assertions.Expect(page.Locator("tr").Filter(new LocatorFilterOptions { HasText = FirstTeam, HasNotText = SecondTeam })).ToContainTextAsync("1 / 5");
        await page.ScreenshotAsync("organizer-teams-unmerged-zh");

        await page.GotoAsync("culture?culture=en&redirectUri=/organizer/teams");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("tr", new PageLocatorOptions { HasText = SecondTeam })).ToContainTextAsync("1 / 5");
        await page.ScreenshotAsync("organizer-teams-unmerged-en");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(string returnPath)
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(PortalServer.OrganizerEmail));
        await page.GotoAsync($"Account/Login?ReturnUrl=%2F{Uri.EscapeDataString(returnPath)}");
        await page.FillByIdAsync("email", PortalServer.OrganizerEmail);
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
        return page;
    }

    private static async Task<string> SaveAsync(IDownload download, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), "medrec-e2e-" + Guid.NewGuid().ToString("N") + extension);
        await download.SaveAsAsync(path);
        return path;
    }

    private async Task AddTeamAsync(string email, string name, string team)
    {
        Guid userId;
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, PreferredLanguage = "en", CreatedAt = DateTime.UtcNow };
            (await users.CreateAsync(user, PortalServer.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded.ShouldBeTrue();
            userId = user.Id;
        }

        Guid taskId;
        await using (var db = await _server.Services.GetRequiredService<IPortalDbContextFactory>().CreateAsync(CancellationToken.None))
        {
            taskId = await db.Tasks.Where(t => t.Slug == PortalServer.TaskSlug).Select(t => t.Id).SingleAsync();
        }

        var created = await _server.Services.GetRequiredService<IMediator>().Send(new CreateTeamCommand(Actor.Participant(userId), taskId, team));
        created.IsSuccess.ShouldBeTrue(created.ToString());
    }
}
