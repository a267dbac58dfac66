using System.Text;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.EndToEndTests.Infrastructure;
using MedRec.Portal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// Submitting in a real browser: a member of an approved team uploads a malformed file (errors with line and
/// column, quota unchanged) and a valid one (Queued, then Scored with its score, without reloading, on the Submit
/// tab and on an already open "My submissions" tab); the organiser's submission pages. Screenshots in en and zh-CN.
/// </summary>
public sealed class SubmissionJourneyTests : IAsyncLifetime
{
    private const string ParticipantEmail = "lin@e2e.medrec.local";

    private static readonly byte[] Gold = Encoding.UTF8.GetBytes(
        "{\"就诊标识\": \"E001\", \"出院带药列表\": [\"示例药物甲\"]}\n{\"就诊标识\": \"E002\", \"出院带药列表\": [\"示例药物乙\"]}\n");

    // Line 3, column 35: the array of E002 is never closed.
    private const string Malformed = "[\n  {\"ID\": \"E001\", \"prediction\": [\"示例药物甲\"]},\n  {\"ID\": \"E002\", \"prediction\": [\"示例药物乙\"}\n]\n";

    private const string Valid = "[{\"ID\": \"E001\", \"prediction\": [\"示例药物甲\"]}, {\"ID\": \"E002\", \"prediction\": [\"示例药物甲\"]}]";

    private readonly PortalServer _server = new();
    private Infrastructure.Browser? _browser;

    public async ValueTask InitializeAsync()
    {
        _browser = await Infrastructure.Browser.LaunchAsync();
        await _server.InitializeAsync();
        await PrepareApprovedTeamWithGoldAsync();
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
    public async Task AParticipantSeesErrorsForABadFileAndTheScoreOfAGoodOneWithoutReloading()
    {
        var submit = await _browser!.NewPageAsync(_server.BaseUrl);
        await LogInAsync(submit, ParticipantEmail, $"/tasks/{PortalServer.TaskSlug}?tab=submissions");
        var watcher = submit.Context.NewPageAsync();
        var list = await watcher;
        await list.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=submissions");
        await list.ByTestId("no-submissions").WaitForAsync();

        await submit.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=submit");
        var quota = submit.ByTestId("quota-today");
        await Assertions.Expect(quota).ToContainTextAsync("5 of 5 left today");
        var quotaBefore = await quota.TextContentAsync();
        (await submit.ByTestId("size-limit").TextContentAsync())!.ShouldContain("20 MiB");

        // A malformed file: rejected with the place of the error, and the quota line does not move.
        await UploadAsync(submit, "broken.json", Malformed);
        await submit.ByTestId("receipt-rejected").WaitForAsync();
        (await submit.ByTestId("receipt-rejected").TextContentAsync())!.ShouldContain("did not use your quota");
        (await submit.Locator("[data-testid=report-errors] [data-testid=issue-line]").First.TextContentAsync())!.Trim().ShouldBe("3");
        (await submit.Locator("[data-testid=report-errors] [data-testid=issue-column]").First.TextContentAsync())!.Trim().ShouldNotBe("—");
        (await quota.TextContentAsync()).ShouldBe(quotaBefore);
        await submit.ScreenshotAsync("submit-rejected-en");

        // A valid file: accepted, then scored on screen.
        await submit.Locator("textarea[data-testid=submit-description], [data-testid=submit-description] textarea").First.FillAsync("baseline run");
        await UploadAsync(submit, "run-1.json", Valid);
        await submit.ByTestId("receipt-accepted").WaitForAsync();
        await Assertions.Expect(submit.Locator("[data-testid=latest-status] [data-testid=submission-status]"))
            .ToHaveAttributeAsync("data-status", "Scored", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
        // E001 exact (1.0), E002 wrong (0.0): Jaccard 0.5, F1 0.5, Score 0.5.
        await Assertions.Expect(submit.ByTestId("latest-score")).ToHaveTextAsync("Score: 0.5000");
        await Assertions.Expect(quota).ToContainTextAsync("4 of 5 left today");
        await submit.ScreenshotAsync("submit-scored-en");

        // The "My submissions" tab opened before the upload shows both rows, the new one scored, without a reload.
        await Assertions.Expect(list.Locator("[data-testid=submission-row]")).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        await Assertions.Expect(list.Locator("[data-testid=submission-row]").First.Locator("[data-testid=submission-status]"))
            .ToHaveAttributeAsync("data-status", "Scored", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
        await Assertions.Expect(list.Locator("[data-testid=submission-row]").First.Locator("[data-testid=metric-score]")).ToHaveTextAsync("0.5000");
        (await list.Locator("[data-testid=submission-row]").First.TextContentAsync())!.ShouldContain("baseline run");
        await list.ScreenshotAsync("my-submissions-en");

        // The same pages in Chinese.
        await submit.ByTestId("language-switch").ClickAsync();
        await submit.WaitForURLAsync(url => url.Contains("tab=submit", StringComparison.Ordinal));
        await submit.WaitForInteractiveAsync();
        await Assertions.Expect(submit.ByTestId("quota-today")).ToContainTextAsync("今天还剩 4 / 5 次");
        await UploadAsync(submit, "broken.json", Malformed);
        await submit.ByTestId("receipt-rejected").WaitForAsync();
        // The validator's own message in Chinese, the JSON reader's detail after the colon too.
        await Assertions.Expect(submit.Locator("[data-testid=report-errors] [data-testid=issue-row]").First).ToContainTextAsync("JSON 语法错误：");
        await submit.ScreenshotAsync("submit-rejected-zh");
        await submit.GoToInteractiveAsync($"tasks/{PortalServer.TaskSlug}?tab=submissions");
        await Assertions.Expect(submit.Locator("[data-testid=submission-row]")).ToHaveCountAsync(3);
        await submit.ScreenshotAsync("my-submissions-zh");
        await submit.Context.CloseAsync();
    }

    [Fact]
    public async Task TheOrganiserSeesTheSubmissionsInspectsRecordsAndGrantsAnAttempt()
    {
        var participant = await _browser!.NewPageAsync(_server.BaseUrl);
        await LogInAsync(participant, ParticipantEmail, $"/tasks/{PortalServer.TaskSlug}?tab=submit");
        // The panel renders its file input again once it has loaded the quota; a file set before that is lost.
        await Assertions.Expect(participant.ByTestId("quota-today")).ToContainTextAsync("left today");
        await UploadAsync(participant, "run-1.json", Valid);
        await Assertions.Expect(participant.Locator("[data-testid=latest-status] [data-testid=submission-status]"))
            .ToHaveAttributeAsync("data-status", "Scored", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
        await participant.Context.CloseAsync();

        var organizer = await _browser.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(PortalServer.OrganizerEmail));
        await LogInAsync(organizer, PortalServer.OrganizerEmail, $"/organizer/tasks/{PortalServer.TaskSlug}/submissions");
        await Assertions.Expect(organizer.Locator("[data-testid=submission-row]")).ToHaveCountAsync(1);
        (await organizer.Locator("[data-testid=submission-row]").TextContentAsync())!.ShouldContain("Team Lin");
        await organizer.ScreenshotAsync("organizer-submissions-zh");

        await organizer.ByTestId("rescore-compute").ClickAsync();
        await organizer.ByTestId("rescore-row").WaitForAsync();
        (await organizer.ByTestId("rescore-rank").TextContentAsync())!.ShouldContain("1 → 1");
        // Submission times in the organiser's own clock (the browser's zone), as on the rest of the page.
        (await organizer.ByTestId("rescore-submitted").TextContentAsync())!.ShouldContain("北京时间");
        (await organizer.ByTestId("rescore-submitted").TextContentAsync())!.ShouldNotContain("UTC");
        await organizer.ScreenshotAsync("organizer-rescore-zh");
        await organizer.ByTestId("rescore-publish").ClickAsync();
        await organizer.ByTestId("rescore-published").WaitForAsync();

        await organizer.ByTestId("inspect").ClickAsync();
        await organizer.ByTestId("record-table").WaitForAsync();
        (await organizer.ByTestId("record-table").TextContentAsync())!.ShouldContain("示例药物乙");
        await organizer.ScreenshotAsync("organizer-inspection-zh");

        var teamId = await TeamIdAsync();
        await organizer.GoToInteractiveAsync($"organizer/tasks/{PortalServer.TaskSlug}/teams/{teamId}/quota");
        await organizer.Field("grant-reason").FillAsync("门户故障补偿");
        await organizer.ByTestId("grant-submit").ClickAsync();
        await organizer.ByTestId("grant-done").WaitForAsync();
        await Assertions.Expect(organizer.Locator("[data-testid=ledger-row][data-kind=Grant]")).ToHaveCountAsync(1);
        await Assertions.Expect(organizer.ByTestId("quota-today")).ToContainTextAsync("今天还剩 5 / 6 次");
        await organizer.ScreenshotAsync("organizer-quota-zh");

        await organizer.ByTestId("language-switch").ClickAsync();
        await organizer.WaitForURLAsync(url => url.Contains("/quota", StringComparison.Ordinal));
        await organizer.WaitForInteractiveAsync();
        await Assertions.Expect(organizer.ByTestId("quota-today")).ToContainTextAsync("5 of 6 left today");
        await organizer.ScreenshotAsync("organizer-quota-en");
        await organizer.GoToInteractiveAsync($"organizer/tasks/{PortalServer.TaskSlug}/submissions");
        await organizer.Locator("[data-testid=submission-row]").First.WaitForAsync();
        await organizer.ScreenshotAsync("organizer-submissions-en");
        await organizer.ByTestId("inspect").ClickAsync();
        await organizer.ByTestId("record-table").WaitForAsync();
        await organizer.ScreenshotAsync("organizer-inspection-en");
        await organizer.Context.CloseAsync();
    }

    private static async Task LogInAsync(IPage page, string email, string returnUrl)
    {
        await page.GotoAsync($"Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillByIdAsync("email", email);
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    private static Task UploadAsync(IPage page, string name, string content) =>
        // MudFileUpload adds a fresh input after each pick; the newest one takes the next file.
        page.Locator("[data-testid=submit-panel] input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(content),
        });

    private async Task<Guid> TeamIdAsync()
    {
        var mediator = _server.Services.GetRequiredService<IMediator>();
        var detail = await mediator.Send(new GetTaskDetailQuery(await ParticipantAsync(), PortalServer.TaskSlug));
        return detail.Value.MyTeam!.TeamId;
    }

    private async Task<Actor> ParticipantAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(ParticipantEmail);
        return Actor.Participant(user!.Id);
    }

    // The team and its approval through the use cases (the browser journey of registering has its own test).
    private async Task PrepareApprovedTeamWithGoldAsync()
    {
        var mediator = _server.Services.GetRequiredService<IMediator>();
        Actor organizer;
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            organizer = Actor.Organizer((await users.FindByEmailAsync(PortalServer.OrganizerEmail))!.Id);
            var participant = new PortalUser
            {
                Id = Guid.CreateVersion7(),
                UserName = ParticipantEmail,
                Email = ParticipantEmail,
                EmailConfirmed = true, // a fixture account, as if its owner had confirmed the mail
                DisplayName = "Lin",
                PreferredLanguage = "en",
                CreatedAt = DateTime.UtcNow,
            };
            (await users.CreateAsync(participant, PortalServer.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(participant, PortalRoles.Participant)).Succeeded.ShouldBeTrue();
        }

        var lin = await ParticipantAsync();
        var task = (await mediator.Send(new GetTaskDetailQuery(organizer, PortalServer.TaskSlug))).Value;
        var phaseId = task.Phases[0].Id;
        (await mediator.Send(new UploadDatasetCommand(organizer, task.Id, phaseId, DatasetFileKind.Gold, "gold-A.jsonl", Gold))).IsSuccess.ShouldBeTrue();
        var team = (await mediator.Send(new CreateTeamCommand(lin, task.Id, "Team Lin"))).Value;
        var registration = (await mediator.Send(new RegisterTeamCommand(lin, team, AcceptDataUseTerms: true))).Value;
        (await mediator.Send(new DecideRegistrationCommand(organizer, registration, Approve: true))).IsSuccess.ShouldBeTrue();
    }
}
