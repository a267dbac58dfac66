using System.Net;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Web.Endpoints;

namespace MedRec.Portal.FunctionalTests.Authorization;

/// <summary>
/// Who reaches what: anonymous visitors, a member of an approved team, a member of another (unapproved) team,
/// a participant without a team, and the organiser, against the pages and download endpoints.
/// Runs on SQLite here and on PostgreSQL in <see cref="PostgresAuthorizationMatrixTests"/>.
/// </summary>
public abstract class AuthorizationMatrixTests : IAsyncLifetime
{
    private static readonly string[] OrganizerPages =
        ["/organizer", "/organizer/tasks", $"/organizer/tasks/{Scenario.Slug}", $"/organizer/tasks/{Scenario.Slug}/baselines", "/organizer/registrations", "/organizer/users", "/organizer/teams", "/organizer/audit"];

    private PortalFactory? _factory;
    private Scenario? _scenario;

    protected PortalFactory Factory => _factory ?? throw new InvalidOperationException("not initialised");

    protected Scenario Data => _scenario ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync()
    {
        _factory = CreateFactory();
        _scenario = await Scenario.BuildAsync(_factory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task AnonymousVisitorsSeeTheHomeAndTaskPages()
    {
        using var browser = Browser();

        var home = await browser.GetAsync("/");
        var task = await browser.GetAsync($"/tasks/{Scenario.Slug}");

        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Html.ShouldContain("Discharge medication (test)");
        task.Status.ShouldBe(HttpStatusCode.OK);
        task.Html.ShouldContain("A test task.");
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToLoginFromMemberAndOrganizerPages()
    {
        using var browser = Browser();

        foreach (var path in OrganizerPages.Append("/teams").Append("/profile"))
        {
            var page = await browser.GetAsync(path);
            page.Status.ShouldBe(HttpStatusCode.Redirect, path);
            page.Location!.ToString().ShouldContain("/Account/Login", Case.Insensitive, path);
        }
    }

    [Fact]
    public async Task AnonymousDownloadsAreRefusedWithoutRedirect()
    {
        using var browser = Browser();

        (await browser.GetAsync("/" + DownloadEndpoints.DatasetUrl(Data.InputsId))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/" + DownloadEndpoints.GoldUrl(Data.PhaseId))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/" + ExportEndpoints.ExportUrl(Data.TaskId, ExportEndpoints.FormatXlsx))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/" + ExportEndpoints.ExportUrl(Data.TaskId, ExportEndpoints.FormatCsv))).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ParticipantsNeverReachOrganizerPages()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        foreach (var path in OrganizerPages)
        {
            var page = await browser.GetAsync(path);
            page.Status.ShouldBe(HttpStatusCode.Redirect, path);
            page.Location!.ToString().ShouldContain("/Account/AccessDenied", Case.Insensitive, path);
        }
    }

    [Fact]
    public async Task ApprovedTeamMembersDownloadInputsAndCandidates()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        using var inputs = await browser.Client.GetAsync("/" + DownloadEndpoints.DatasetUrl(Data.InputsId));
        using var candidates = await browser.Client.GetAsync("/" + DownloadEndpoints.DatasetUrl(Data.CandidateListId));

        inputs.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await inputs.Content.ReadAsByteArrayAsync()).ShouldBe(SyntheticData.Inputs);
        inputs.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{Scenario.Slug}-A-inputs.jsonl");
        candidates.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await candidates.Content.ReadAsByteArrayAsync()).ShouldBe(SyntheticData.CandidateList);
    }

    [Fact]
    public async Task ApprovedTeamMembersSeeDownloadLinksOnTheDataTab()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        var page = await browser.GetAsync($"/tasks/{Scenario.Slug}?tab=data");

        page.Html.ShouldContain(DownloadEndpoints.DatasetUrl(Data.InputsId));
        page.Html.ShouldNotContain("data-locked");
    }

    [Fact]
    public async Task MembersOfUnapprovedTeamsCannotDownloadInputs()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.OtherEmail);

        (await browser.GetAsync("/" + DownloadEndpoints.DatasetUrl(Data.InputsId))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.GetAsync("/" + DownloadEndpoints.DatasetUrl(Data.CandidateListId))).Status.ShouldBe(HttpStatusCode.Forbidden);
        var page = await browser.GetAsync($"/tasks/{Scenario.Slug}?tab=data");
        page.Html.ShouldNotContain(DownloadEndpoints.DatasetUrl(Data.InputsId));
    }

    [Fact]
    public async Task ParticipantsWithoutATeamCannotDownloadInputs()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.LonerEmail);

        (await browser.GetAsync("/" + DownloadEndpoints.DatasetUrl(Data.InputsId))).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task NobodyButOrganizersReachesGold()
    {
        foreach (var email in new[] { Scenario.ApprovedEmail, Scenario.OtherEmail, Scenario.LonerEmail })
        {
            using var browser = Browser();
            await browser.LogInSuccessfullyAsync(email);

            (await browser.GetAsync("/" + DownloadEndpoints.GoldUrl(Data.PhaseId))).Status.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        using var organizer = Browser();
        await organizer.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);
        using var gold = await organizer.Client.GetAsync("/" + DownloadEndpoints.GoldUrl(Data.PhaseId));
        gold.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await gold.Content.ReadAsByteArrayAsync()).ShouldBe(SyntheticData.Gold);
    }

    [Fact]
    public async Task NobodyButOrganizersExportResults()
    {
        foreach (var email in new[] { Scenario.ApprovedEmail, Scenario.OtherEmail, Scenario.LonerEmail })
        {
            using var browser = Browser();
            await browser.LogInSuccessfullyAsync(email);

            (await browser.GetAsync("/" + ExportEndpoints.ExportUrl(Data.TaskId, ExportEndpoints.FormatXlsx))).Status.ShouldBe(HttpStatusCode.Forbidden, email);
            (await browser.GetAsync("/" + ExportEndpoints.ExportUrl(Data.TaskId, ExportEndpoints.FormatCsv))).Status.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        using var organizer = Browser();
        await organizer.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);
        using var xlsx = await organizer.Client.GetAsync("/" + ExportEndpoints.ExportUrl(Data.TaskId, ExportEndpoints.FormatXlsx));
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsx.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith($"{Scenario.Slug}-results-");
        using (var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync())))
        {
            // Sheet names follow the organiser's portal language.
            book.Worksheets.Select(w => w.Name).ShouldContain(name => name == "A live board" || name == "A 实时榜");
        }

        using var csv = await organizer.Client.GetAsync("/" + ExportEndpoints.ExportUrl(Data.TaskId, ExportEndpoints.FormatCsv));
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
    }

    [Fact]
    public async Task AnUnknownExportFormatIsRefusedWithTheValidOnes()
    {
        using var organizer = Browser();
        await organizer.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);

        using var response = await organizer.Client.GetAsync($"/api/organizer/tasks/{Data.TaskId}/export?format=pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("format=xlsx");
        body.ShouldContain("format=csv");
    }

    [Fact]
    public async Task GoldIsNotReachableThroughTheParticipantDownloadRoute()
    {
        using var organizer = Browser();
        await organizer.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);

        // The gold file's id is not a dataset id: the participant route cannot serve it, even to an organiser.
        var phasePage = await organizer.GetAsync($"/organizer/tasks/{Scenario.Slug}");
        phasePage.Status.ShouldBe(HttpStatusCode.OK);
        (await organizer.GetAsync("/" + DownloadEndpoints.DatasetUrl(Data.PhaseId))).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OrganizersReachEveryConsolePage()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);

        foreach (var path in OrganizerPages)
        {
            (await browser.GetAsync(path)).Status.ShouldBe(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task ATeamDoesNotSeeAnotherTeamsMemberEmails()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        var own = await browser.GetAsync($"/teams/{Data.ApprovedTeamId}");
        var other = await browser.GetAsync($"/teams/{Data.OtherTeamId}");

        own.Html.ShouldContain(Scenario.ApprovedEmail);
        other.Status.ShouldBe(HttpStatusCode.OK);
        other.Html.ShouldNotContain(Scenario.OtherEmail);
        other.Html.ShouldNotContain("data-testid=\"invitations\"");
    }

    [Fact]
    public async Task TeamNamesAreRenderedAsTextNeverAsMarkup()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);

        foreach (var path in new[] { "/organizer/teams", "/organizer/registrations", $"/teams/{Data.OtherTeamId}" })
        {
            var page = await browser.GetAsync(path);
            page.Html.ShouldNotContain("<script>alert('bob')</script>", Case.Sensitive, path);
            page.Html.ShouldContain("&lt;script&gt;", Case.Sensitive, path);
        }
    }

    protected abstract PortalFactory CreateFactory();

    private PortalBrowser Browser() => new(Factory.CreateBrowserClient());
}

/// <summary>The matrix on a temporary SQLite database.</summary>
public sealed class SqliteAuthorizationMatrixTests : AuthorizationMatrixTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Sqlite();
}

/// <summary>The matrix on PostgreSQL (skipped, with the reason, unless MEDREC_TEST_POSTGRES is set).</summary>
public sealed class PostgresAuthorizationMatrixTests : AuthorizationMatrixTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Postgres();
}
