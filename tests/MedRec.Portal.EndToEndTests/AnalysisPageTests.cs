using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.EndToEndTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The results analysis in a real browser: the organiser analyses the board (the server's own analysis worker runs
/// it), sees the interval chart, pairs, labels and the hardest records with gold, and publishes it; a participant's
/// board then shows every interval and band and the team's own per-label table only, and nothing record-level.
/// Screenshots in zh-CN and en go to artifacts/screenshots.
/// </summary>
public sealed class AnalysisPageTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 60_000 };

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
    public async Task OrganiserPublishesTheAnalysisAndAParticipantSeesIntervalsBandsAndOnlyItsOwnLabels()
    {
        var scenario = await BoardScenario.CreateAsync(_server);
        var mei = await scenario.AddTeamAsync("Team Mei", "mei@e2e.medrec.local");
        await scenario.AddTeamAsync("深度学习队", "dl@e2e.medrec.local");
        await scenario.AddTeamAsync("Weak Team", "weak@e2e.medrec.local");
        await scenario.SubmitAsync("Team Mei", BoardScenario.Half);
        await scenario.SubmitAsync("深度学习队", BoardScenario.Perfect);
        await scenario.SubmitAsync("Weak Team", BoardScenario.Weak);
        await WaitForScoresAsync(3);

        var organizer = await SignInAsync(PortalServer.OrganizerEmail, $"organizer/tasks/{PortalServer.TaskSlug}/analysis");
        await organizer.ByTestId("analysis-start").ClickAsync();
        await Assertions.Expect(organizer.Locator("[data-testid=analysis-status][data-status=Succeeded]")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(organizer.Locator("[data-testid=interval-whisker]")).ToHaveCountAsync(3);
        await Assertions.Expect(organizer.Locator("[data-testid=analysis-entry]").First).ToContainTextAsync("深度学习队");
        await organizer.ScreenshotAsync("analysis-organizer-zh");

        await organizer.GotoAsync($"culture?culture=en&redirectUri=/organizer/tasks/{PortalServer.TaskSlug}/analysis");
        await organizer.WaitForInteractiveAsync();
        await Assertions.Expect(organizer.ByTestId("analysis-entries")).ToContainTextAsync("95% CI", Soon);
        await organizer.ScreenshotAsync("analysis-organizer-en");
        await organizer.Locator(".mud-tab", new PageLocatorOptions { HasText = "Hardest records" }).ClickAsync();
        await Assertions.Expect(organizer.ByTestId("analysis-hardest")).ToContainTextAsync("E002");
        await organizer.ScreenshotAsync("analysis-organizer-hardest-en");
        await organizer.Locator(".mud-tab", new PageLocatorOptions { HasText = "Per label" }).ClickAsync();
        await organizer.Field("labels-search").FillAsync("乙");
        await Assertions.Expect(organizer.Locator("[data-testid=label-name]")).ToHaveCountAsync(1);
        await organizer.GetByText("Publish on the public board").ClickAsync();
        await WaitForPublishedAsync();

        var participant = await SignInAsync(mei, $"tasks/{PortalServer.TaskSlug}?tab=leaderboard");
        await Assertions.Expect(participant.Locator("[data-testid=published-entry]")).ToHaveCountAsync(3, new() { Timeout = 30_000 });
        await Assertions.Expect(participant.ByTestId("published-entries")).ToContainTextAsync("Team Mei");
        await Assertions.Expect(participant.ByTestId("own-labels")).ToHaveCountAsync(1);
        await Assertions.Expect(participant.Locator("[data-testid=analysis-labels]")).ToHaveCountAsync(1);
        await participant.ByTestId("published-analysis").ScrollIntoViewIfNeededAsync();
        await participant.ScreenshotAsync("analysis-public-board-en");

        // Nothing record-level or organiser-only reaches the participant's page: no record ids, no hardest table, no pairs.
        var html = await participant.ContentAsync();
        html.ShouldNotContain("E001");
        html.ShouldNotContain("E002");
        html.ShouldNotContain("analysis-hardest");
        html.ShouldNotContain("analysis-pairs");

        await participant.GotoAsync($"culture?culture=zh-CN&redirectUri=/tasks/{PortalServer.TaskSlug}?tab=leaderboard");
        await participant.WaitForInteractiveAsync();
        await Assertions.Expect(participant.ByTestId("published-analysis")).ToContainTextAsync("置信区间与显著性分组", Soon);
        await participant.ScreenshotAsync("analysis-public-board-zh");

        // The organiser page itself refuses participants.
        await participant.GotoAsync($"organizer/tasks/{PortalServer.TaskSlug}/analysis");
        (await participant.ContentAsync()).ShouldNotContain("analysis-hardest");
        await participant.Context.CloseAsync();
        await organizer.Context.CloseAsync();
    }

    [Fact]
    public async Task ATeamFillsInTheFactSheetAndBadValuesAreNamed()
    {
        var scenario = await BoardScenario.CreateAsync(_server);
        var mei = await scenario.AddTeamAsync("Team Mei", "mei@e2e.medrec.local");
        var mediator = _server.Services.GetRequiredService<Mediator.IMediator>();
        var fields = new Domain.FactSheets.FactSheetField[]
        {
            new("method", "方法描述", "Method", Domain.FactSheets.FactSheetFieldKind.Text, true, []),
            new("external-data", "是否使用外部数据", "External data", Domain.FactSheets.FactSheetFieldKind.Choice, true, ["yes", "no"]),
            new("parameters", "参数量（百万）", "Parameters (millions)", Domain.FactSheets.FactSheetFieldKind.Number, false, []),
            new("code", "代码地址", "Code URL", Domain.FactSheets.FactSheetFieldKind.Url, false, []),
        };
        (await mediator.Send(new Application.Features.FactSheets.DefineForm.DefineFactSheetFormCommand(scenario.Organizer, scenario.PhaseId, fields, true, 5 * 1024 * 1024, null))).IsSuccess.ShouldBeTrue();

        var page = await SignInAsync(mei, $"tasks/{PortalServer.TaskSlug}?tab=factsheet");
        await page.ByTestId("factsheet-submit").WaitForAsync(new() { Timeout = 30_000 });
        await page.Field("factsheet-parameters").FillAsync("1,5");
        await page.ByTestId("factsheet-submit").ClickAsync();
        await Assertions.Expect(page.ByTestId("error-list")).ToContainTextAsync("\"Method\" is required", Soon);
        await page.ScreenshotAsync("factsheet-form-en");
        await page.GotoAsync($"culture?culture=zh-CN&redirectUri=/tasks/{PortalServer.TaskSlug}?tab=factsheet");
        await page.WaitForInteractiveAsync();
        await page.ByTestId("factsheet-submit").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator("[data-testid=factsheet-method] textarea, textarea[data-testid=factsheet-method]").First.FillAsync("BERT 编码 + 候选药物重排");
        await page.ScreenshotAsync("factsheet-form-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheOrganizerDefinesTheFactSheetFormAndABadDeadlineIsNamed()
    {
        var path = $"organizer/tasks/{PortalServer.TaskSlug}/factsheets";
        var page = await SignInAsync(PortalServer.OrganizerEmail, path);
        await page.GotoAsync($"culture?culture=en&redirectUri=/{path}");
        await page.WaitForInteractiveAsync();
        await page.ByTestId("factsheet-save").WaitForAsync();
        var rows = page.Locator("[data-testid=factsheet-field-row]");
        (await rows.CountAsync()).ShouldBe(1, "a new form starts with the method description");

        await page.ByTestId("factsheet-add-field").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 10_000 });
        var added = rows.Nth(1);
        await added.Locator("td").Nth(0).Locator("input").FillAsync("external-data");
        await added.Locator("td").Nth(3).Locator("input").FillAsync("是否使用外部数据");
        await added.Locator("td").Nth(4).Locator("input").FillAsync("External data");
        await added.Locator("td").Nth(1).Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Choice" }).ClickAsync();
        await Assertions.Expect(added.Locator("td").Nth(5).Locator("input")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await added.Locator("td").Nth(5).Locator("input").FillAsync("yes; no");
        await added.Locator("td").Nth(2).Locator("input").CheckAsync();

        await page.Field("factsheet-deadline").FillAsync("next friday");
        await page.ByTestId("factsheet-save").ClickAsync();
        await Assertions.Expect(page.ByTestId("error-list")).ToContainTextAsync("Write the deadline as yyyy-MM-dd HH:mm in UTC", Soon);
        (await FormAsync()).ShouldBeNull("nothing is saved while the deadline is wrong");

        await page.Field("factsheet-deadline").FillAsync("2030-08-01 16:00");
        await page.ByTestId("factsheet-save").ClickAsync();
        await page.ByTestId("factsheet-admin-saved").WaitForAsync();
        await page.ScreenshotAsync("factsheet-admin-en");
        var form = (await FormAsync()).ShouldNotBeNull();
        form.DeadlineAt.ShouldBe(new DateTime(2030, 8, 1, 16, 0, 0, DateTimeKind.Utc));
        form.Fields.Select(f => f.Key).ShouldBe(["method", "external-data"]);
        var choice = form.Fields[1];
        (choice.LabelZh, choice.LabelEn, choice.Kind, choice.Required).ShouldBe(("是否使用外部数据", "External data", Domain.FactSheets.FactSheetFieldKind.Choice, true));
        choice.Choices.ShouldBe(["yes", "no"]);

        // The saved form reads back in the other language, the choices as typed.
        await page.GotoAsync($"culture?culture=zh-CN&redirectUri=/{path}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 10_000 });
        (await rows.Nth(1).Locator("td").Nth(5).Locator("input").InputValueAsync()).ShouldBe("yes; no");
        (await page.Field("factsheet-deadline").InputValueAsync()).ShouldBe("2030-08-01 16:00");
        await page.ScreenshotAsync("factsheet-admin-zh");
        await page.Context.CloseAsync();
    }

    private async Task<Domain.FactSheets.FactSheetForm?> FormAsync()
    {
        await using var db = await _server.Services.GetRequiredService<IPortalDbContextFactory>().CreateAsync(CancellationToken.None);
        return await db.FactSheetForms.AsNoTracking().SingleOrDefaultAsync();
    }

    private async Task WaitForPublishedAsync()
    {
        for (var i = 0; i < 60; i++)
        {
            await using var db = await _server.Services.GetRequiredService<IPortalDbContextFactory>().CreateAsync(CancellationToken.None);
            if (await db.PhaseBoards.AnyAsync(b => b.PublishedAnalysisId != null))
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("the publish switch did not publish the analysis within 30 s");
    }

    private async Task WaitForScoresAsync(int count)
    {
        for (var i = 0; i < 120; i++)
        {
            await using var db = await _server.Services.GetRequiredService<IPortalDbContextFactory>().CreateAsync(CancellationToken.None);
            if (await db.Submissions.CountAsync(s => s.Status == SubmissionStatus.Scored) >= count)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{count} submissions were not scored within a minute");
    }

    private async Task<IPage> SignInAsync(string email, string returnUrl)
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(email));
        await page.GotoAsync("Account/Login?ReturnUrl=" + Uri.EscapeDataString("/" + returnUrl));
        await page.FillByIdAsync("email", email);
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
        return page;
    }
}
