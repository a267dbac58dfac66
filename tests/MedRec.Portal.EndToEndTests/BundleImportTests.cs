using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.EndToEndTests.Infrastructure;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The console's bundle import in a real browser: a broken .zip gets the dry-run report with every problem at its
/// line and column (in Chinese), nothing is created; a valid one under a new slug is reported, confirmed and created
/// (in English); the task list's export link downloads the bundle without gold. Screenshots in both languages.
/// </summary>
public sealed class BundleImportTests : IAsyncLifetime
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
    public async Task TheOrganizerChecksABundleSeesEveryProblemThenImportsAValidOne()
    {
        var bundle = DemoBundles.Build(TaskKind.CDrugRed);
        var broken = bundle with
        {
            Yaml = bundle.Yaml.Replace("daily: 5", "daily: 0", StringComparison.Ordinal)
                .Replace("closes: 2025-10-30T00:00:00Z", "closes: 2025-10-01T00:00:00Z", StringComparison.Ordinal)
                .Replace("phases/B/gold/", "phases/B/answers/", StringComparison.Ordinal),
        };
        var brokenZip = await WriteZipAsync(broken);
        var validZip = await WriteZipAsync(bundle);
        try
        {
            var page = await SignInAsync("organizer/tasks");
            await page.ByTestId("import-bundle").ClickAsync();
            await page.ByTestId("bundle-choose").WaitForAsync();
            await page.WaitForInteractiveAsync();
            await page.Locator("input[type=file]").SetInputFilesAsync(brokenZip);
            await page.ByTestId("bundle-problems").WaitForAsync();
            await page.ScreenshotAsync("organizer-bundle-import-problems-zh");
            var problems = await page.ByTestId("bundle-problems").InnerTextAsync();
            var dailyLine = Array.FindIndex(broken.Yaml.Split('\n'), l => l.Contains("daily: 0", StringComparison.Ordinal)) + 1;
            problems.ShouldContain("phases[0].limits.daily");
            var dailyRow = await page.Locator("[data-testid=bundle-problems] tbody tr", new() { HasText = "phases[0].limits.daily" }).InnerTextAsync();
            dailyRow.Split('\t', StringSplitOptions.TrimEntries).ShouldBe(["phases[0].limits.daily", $"{dailyLine}", "12", "每日上限至少为 1（当前为 0）。"]);
            problems.ShouldContain("phases[1].closes");
            problems.ShouldContain("phases[1].limits.daily", Case.Sensitive, "both phases say daily: 0");
            problems.ShouldContain("phases[1].gold");
            problems.ShouldContain("竞赛包中没有文件“phases/B/answers/demo-gold.jsonl”");
            (await page.ByTestId("bundle-invalid").InnerTextAsync()).ShouldContain("发现 4 个问题", Case.Sensitive, problems);
            (await page.ByTestId("bundle-confirm").CountAsync()).ShouldBe(0);

            await page.GotoAsync("culture?culture=en&redirectUri=/organizer/bundles/import");
            await page.WaitForInteractiveAsync();
            await page.Field("bundle-slug").FillAsync("cdrugred-2026");
            await page.Field("bundle-slug").PressAsync("Tab");
            await page.Locator("input[type=file]").SetInputFilesAsync(validZip);
            await page.ByTestId("bundle-valid").WaitForAsync();
            (await page.ByTestId("bundle-valid").InnerTextAsync()).ShouldContain("The bundle is valid (task cdrugred-2026)");
            var items = await page.ByTestId("bundle-items").InnerTextAsync();
            items.ShouldContain("phases[1].gold");
            items.ShouldContain("task.terms");
            items.ShouldContain("phases[0].files[0].path");
            items.ShouldContain("Data-use terms");
            items.ShouldNotContain("Bundle.Item.", Case.Sensitive, "every kind of item has its label");
            await page.ScreenshotAsync("organizer-bundle-import-valid-en");
            await AssertSlugsAsync([PortalServer.TaskSlug]);

            await page.ByTestId("bundle-confirm").ClickAsync();
            await page.ByTestId("bundle-open").WaitForAsync();
            (await page.ByTestId("bundle-valid").InnerTextAsync()).ShouldContain("Created task cdrugred-2026.");
            await AssertSlugsAsync([PortalServer.TaskSlug, "cdrugred-2026"]);

            var export = await page.Context.APIRequest.GetAsync(new Uri(_server.BaseUrl, "api/organizer/tasks/cdrugred-2026/bundle.zip").ToString());
            export.Status.ShouldBe(200);
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await export.BodyAsync()));
            zip.Entries.Select(e => e.FullName).ShouldContain("competition.yaml");
            zip.Entries.Select(e => e.FullName).ShouldContain("terms/terms.en.md");
            zip.Entries.ShouldNotContain(e => e.FullName.Contains("/gold/", StringComparison.Ordinal));
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(brokenZip);
            File.Delete(validZip);
        }
    }

    private async Task AssertSlugsAsync(string[] expected)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        (await db.Tasks.Select(t => t.Slug).OrderBy(s => s).ToListAsync()).ShouldBe([.. expected.Order(StringComparer.Ordinal)]);
    }

    private static async Task<string> WriteZipAsync(ExportedBundle bundle)
    {
        var path = Path.Combine(Path.GetTempPath(), "medrec-e2e-bundle-" + Guid.NewGuid().ToString("N") + ".zip");
        await File.WriteAllBytesAsync(path, BundleArchive.ToZip(bundle));
        return path;
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
}
