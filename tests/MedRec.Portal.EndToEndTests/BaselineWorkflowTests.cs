using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.EndToEndTests.Infrastructure;
using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Scoring.Tasks;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The organiser's baseline workflow in a real browser: upload the committed demo model package, run it on phase
/// A in the background while the Runs tab shows live progress, and find the baseline row it produced. Screenshots
/// of the three tabs in Chinese and English go to artifacts/screenshots.
/// </summary>
public sealed class BaselineWorkflowTests : IAsyncLifetime
{
    private const string Slug = "cdrugred-baseline-e2e";
    private readonly PortalServer _server = new();
    private Browser? _browser;

    public async ValueTask InitializeAsync()
    {
        _browser = await Browser.LaunchAsync();
        await _server.InitializeAsync();
        await SeedDemoTaskAsync();
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
    public async Task OrganiserUploadsTheDemoPackageRunsItAndSeesProgressAndTheBaselineRow()
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(PortalServer.OrganizerEmail));
        await page.GotoAsync($"Account/Login?ReturnUrl=%2Forganizer%2Ftasks%2F{Slug}%2Fbaselines");
        await page.FillByIdAsync("email", PortalServer.OrganizerEmail);
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();

        // Model packages tab: the three files of the demo package, checked and stored.
        await page.Locator(".mud-tab").Nth(1).ClickAsync();
        var files = Directory.GetFiles(DemoBaselineModels.Directory(TaskKind.CDrugRed));
        var uploadStarted = DateTime.UtcNow;
        await page.Locator("[data-testid=model-form] input[type=file]").SetInputFilesAsync(files);
        // The check loads the graph into ONNX Runtime and runs it: over a minute on a loaded 2-core machine (seen at load 15).
        await Assertions.Expect(page.ByTestId("model-stored")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await page.ByTestId("baseline-model").WaitForAsync();

        // Times are in the task's zone by name, then the browser's (Europe/Berlin), never the server's.
        (await page.ByTestId("model-added").TextContentAsync())!.ShouldContain("北京时间");
        var added = (await page.Locator("[data-testid=model-added] [data-testid=zoned-time-viewer]").TextContentAsync())!.Trim();
        added.ShouldStartWith("您的时间 ");
        added.ShouldEndWith("（Europe/Berlin）");
        InBerlin(uploadStarted, DateTime.UtcNow).ShouldContain(added.Substring("您的时间 ".Length, 16));
        await page.ScreenshotAsync("organizer-baseline-models-zh");

        // Runs tab: one record per graph call so the progress is visible for a few seconds.
        await page.Locator(".mud-tab").Nth(0).ClickAsync();
        await page.Field("run-batch").FillAsync("1");
        await page.Field("run-label").FillAsync("演示基线 Demo baseline");
        await page.ByTestId("run-start").ClickAsync();
        await Assertions.Expect(page.ByTestId("run-progress-text")).ToContainTextAsync("条/秒", new() { Timeout = 60_000 });
        (await page.ByTestId("run-progress-text").TextContentAsync())!.ShouldContain("CPU");
        await page.ScreenshotAsync("organizer-baseline-run-progress-zh");
        await Assertions.Expect(page.ByTestId("run-status")).ToContainTextAsync("已完成", new() { Timeout = 120_000 });
        await page.ScreenshotAsync("organizer-baseline-runs-zh");

        // Baseline rows tab: the run's row, on the board.
        await page.Locator(".mud-tab").Nth(2).ClickAsync();
        await Assertions.Expect(page.ByTestId("baseline-row")).ToContainTextAsync("演示基线 Demo baseline");
        await page.ScreenshotAsync("organizer-baseline-rows-zh");

        // The same pages in English.
        await page.ByTestId("language-switch").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("culture", StringComparison.Ordinal));
        await page.GoToInteractiveAsync($"organizer/tasks/{Slug}/baselines");
        await Assertions.Expect(page.ByTestId("run-status")).ToContainTextAsync("Succeeded");
        await page.ScreenshotAsync("organizer-baseline-runs-en");
        await page.Locator(".mud-tab").Nth(1).ClickAsync();
        await page.ByTestId("baseline-model").WaitForAsync();
        await page.ScreenshotAsync("organizer-baseline-models-en");
        await page.Locator(".mud-tab").Nth(2).ClickAsync();
        await page.ByTestId("baseline-row").WaitForAsync();
        await page.ScreenshotAsync("organizer-baseline-rows-en");
        await page.Context.CloseAsync();
    }

    // Every wall-clock minute in Berlin between two instants, as the tables print them.
    private static List<string> InBerlin(DateTime fromUtc, DateTime toUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var minutes = new List<string>();
        for (var t = fromUtc.AddSeconds(-fromUtc.Second); t <= toUtc; t = t.AddMinutes(1))
        {
            minutes.Add(TimeZoneInfo.ConvertTimeFromUtc(t, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        return minutes;
    }

    // A task whose candidate list, inputs and gold are the demo data the demo model was trained for.
    private async Task SeedDemoTaskAsync()
    {
        Actor organizer;
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(PortalServer.OrganizerEmail);
            organizer = Actor.Organizer(user!.Id);
        }

        var mediator = _server.Services.GetRequiredService<IMediator>();
        var now = DateTime.UtcNow;
        var task = await mediator.Send(new CreateTaskCommand(organizer, TaskKind.CDrugRed, Slug, new TaskTexts("出院带药推荐（基线）", "Discharge medication (baselines)"), Publish: true));
        var phase = await mediator.Send(new CreatePhaseCommand(organizer, task.Value, new PhaseSettings { Code = "A", NameZh = "A 榜", NameEn = "Leaderboard A", OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(10) }));
        var data = DemoDataGenerator.Generate(TaskKind.CDrugRed, new DemoDataOptions { Records = 150, TrainRecords = 0, Seed = 11 });
        foreach (var (phaseId, kind, role) in new[] { ((Guid?)null, DatasetFileKind.CandidateList, DemoFileRole.Candidates), (phase.Value, DatasetFileKind.Inputs, DemoFileRole.Inputs), (phase.Value, DatasetFileKind.Gold, DemoFileRole.Gold) })
        {
            var uploaded = await mediator.Send(new UploadDatasetCommand(organizer, task.Value, phaseId, kind, data[role].FileName, data[role].Content.ToArray()));
            uploaded.IsSuccess.ShouldBeTrue(uploaded.ToString());
        }
    }
}
