using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Web.Endpoints;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Organizer;

public sealed class OrganizerConsoleTests : SqlitePortalTest
{
    private Scenario? _data;

    private Scenario Data => _data ?? throw new InvalidOperationException("not initialised");

    public override async ValueTask InitializeAsync() => _data = await Scenario.BuildAsync(Factory);

    [Fact]
    public async Task TheRegistrationQueueListsEveryRegistrationWithItsState()
    {
        using var browser = await OrganizerAsync();

        var page = await browser.GetAsync("/organizer/registrations");

        page.Html.ShouldContain("Team Alice");
        page.Html.ShouldContain("Approved");
        page.Html.ShouldContain("Pending approval");
        page.Html.ShouldContain("data-testid=\"approve\"");
        // Each row names the terms version its leader accepted (the page once printed "v@context.TermsVersion").
        page.Html.ShouldContain("terms v1");
        page.Html.ShouldNotContain("@context");
    }

    [Fact]
    public async Task TheTaskEditorShowsUploadedFilesWithChecksumsAndTheGoldLink()
    {
        using var browser = await OrganizerAsync();

        var page = await browser.GetAsync($"/organizer/tasks/{Scenario.Slug}?tab=phases");

        page.Html.ShouldContain("inputs-A.jsonl");
        page.Html.ShouldContain("gold-A.jsonl");
        page.Html.ShouldContain(DownloadEndpoints.GoldUrl(Data.PhaseId));
        page.Html.ShouldContain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(SyntheticData.Inputs)));
    }

    [Fact]
    public async Task UsersTeamsAndAuditPagesListWhatHappened()
    {
        using var browser = await OrganizerAsync();

        var users = await browser.GetAsync("/organizer/users");
        var teams = await browser.GetAsync("/organizer/teams");
        var audit = await browser.GetAsync("/organizer/audit");

        users.Html.ShouldContain(Scenario.ApprovedEmail);
        users.Html.ShouldContain(PortalFactory.OrganizerEmail);
        teams.Html.ShouldContain("Team Alice");
        audit.Html.ShouldContain("Test organiser");
    }

    [Fact]
    public async Task AnInvalidCandidateListIsRefusedWithTheReadersMessage()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();

        var result = await mediator.Send(new UploadDatasetCommand(
            Data.Organizer, Data.TaskId, null, DatasetFileKind.CandidateList, "drugs.json", "{\"not\": \"a list\"}"u8.ToArray()));

        result.IsFailure.ShouldBeTrue();
        result.Errors.ShouldContain(error => error.Field == "File");
    }

    [Fact]
    public async Task APhaseThatClosesBeforeItOpensIsRefused()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();

        var result = await mediator.Send(new CreatePhaseCommand(Data.Organizer, Data.TaskId, new PhaseSettings
        {
            Code = "B",
            OpensAt = DateTime.UtcNow.AddDays(60),
            ClosesAt = DateTime.UtcNow.AddDays(50),
        }));

        result.IsFailure.ShouldBeTrue();
        result.Errors.ShouldContain(error => error.Field == "ClosesAt");
    }

    private async Task<PortalBrowser> OrganizerAsync()
    {
        var browser = Browser();
        await browser.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);

        // Organiser accounts default to Chinese; these assertions read the English pages.
        await browser.GetAsync("/culture?culture=en&redirectUri=%2F");
        return browser;
    }
}
