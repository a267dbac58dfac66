using System.Net;
using System.Text;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Web.Endpoints;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Submissions;

/// <summary>
/// Who reaches the submission pages and files: anonymous visitors, the submitting team, another team, a
/// participant without a team, and the organiser. Runs on SQLite here and on PostgreSQL below.
/// </summary>
public abstract class SubmissionPagesTests : IAsyncLifetime
{
    private const string File = """[{"ID": "V001", "prediction": ["示例药物甲"]}, {"ID": "V002", "prediction": ["示例药物乙"]}, {"ID": "V003", "prediction": []}]""";

    private PortalFactory? _factory;
    private Scenario? _scenario;
    private Guid _submissionId;

    private PortalFactory Factory => _factory ?? throw new InvalidOperationException("not initialised");

    private Scenario Data => _scenario ?? throw new InvalidOperationException("not initialised");

    private string[] OrganizerPages =>
    [
        $"/organizer/tasks/{Scenario.Slug}/submissions",
        $"/organizer/tasks/{Scenario.Slug}/submissions/{_submissionId}",
        $"/organizer/tasks/{Scenario.Slug}/teams/{Data.ApprovedTeamId}/quota?phase={Data.PhaseId}",
    ];

    public async ValueTask InitializeAsync()
    {
        _factory = CreateFactory();
        _scenario = await Scenario.BuildAsync(_factory);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(File));
        var receipt = await _factory.Services.GetRequiredService<IMediator>().Send(
            new SubmitPredictionCommand(Data.ApprovedMember, Data.PhaseId, "alice-run-1.json", content, content.Length, "first <b>run</b>"));
        receipt.IsSuccess.ShouldBeTrue(receipt.ToString());
        _submissionId = receipt.Value.SubmissionId;
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
    public async Task AnonymousVisitorsAreSentToLoginAndGetNoFile()
    {
        using var browser = Browser();

        foreach (var path in OrganizerPages)
        {
            var page = await browser.GetAsync(path);
            page.Status.ShouldBe(HttpStatusCode.Redirect, path);
            page.Location!.ToString().ShouldContain("/Account/Login", Case.Insensitive, path);
        }

        (await browser.GetAsync("/" + DownloadEndpoints.SubmissionUrl(_submissionId))).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ParticipantsNeverReachTheOrganiserSubmissionPages()
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
    public async Task TheTeamDownloadsItsOwnFileButOtherParticipantsCannot()
    {
        using var alice = Browser();
        await alice.LogInSuccessfullyAsync(Scenario.ApprovedEmail);
        using var own = await alice.Client.GetAsync("/" + DownloadEndpoints.SubmissionUrl(_submissionId));

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsStringAsync()).ShouldBe(File);
        own.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("alice-run-1.json");
        foreach (var email in new[] { Scenario.OtherEmail, Scenario.LonerEmail })
        {
            using var browser = Browser();
            await browser.LogInSuccessfullyAsync(email);
            (await browser.GetAsync("/" + DownloadEndpoints.SubmissionUrl(_submissionId))).Status.ShouldBe(HttpStatusCode.Forbidden, email);
        }
    }

    [Fact]
    public async Task OrganisersSeeEveryTeamsSubmissionsTheRecordsAndTheLedger()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);

        var list = await browser.GetAsync($"/organizer/tasks/{Scenario.Slug}/submissions?phase={Data.PhaseId}");
        var inspection = await browser.GetAsync($"/organizer/tasks/{Scenario.Slug}/submissions/{_submissionId}");
        var quota = await browser.GetAsync($"/organizer/tasks/{Scenario.Slug}/teams/{Data.ApprovedTeamId}/quota?phase={Data.PhaseId}");
        using var file = await browser.Client.GetAsync("/" + DownloadEndpoints.SubmissionUrl(_submissionId));

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Html.ShouldContain("Team Alice");
        list.Html.ShouldContain("alice-run-1.json");
        list.Html.ShouldContain("first &lt;b&gt;run&lt;/b&gt;");
        inspection.Status.ShouldBe(HttpStatusCode.OK);
        inspection.Html.ShouldContain("data-testid=\"rescore-panel\"");
        quota.Status.ShouldBe(HttpStatusCode.OK);
        quota.Html.ShouldContain("data-testid=\"ledger-row\"");
        quota.Html.ShouldContain("Counted: submission 1 of");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheSubmitTabShowsTheSizeLimitToApprovedTeamsAndExplainsWhyOthersCannotSubmit()
    {
        using var alice = Browser();
        await alice.LogInSuccessfullyAsync(Scenario.ApprovedEmail);
        using var bob = Browser();
        await bob.LogInSuccessfullyAsync(Scenario.OtherEmail);
        using var carol = Browser();
        await carol.LogInSuccessfullyAsync(Scenario.LonerEmail);

        var approved = await alice.GetAsync($"/tasks/{Scenario.Slug}?tab=submit");
        var pending = await bob.GetAsync($"/tasks/{Scenario.Slug}?tab=submit");
        var loner = await carol.GetAsync($"/tasks/{Scenario.Slug}?tab=submit");

        approved.Html.ShouldContain("data-testid=\"dropzone\"");
        approved.Html.ShouldContain("At most 20 MiB, UTF-8 JSON.");
        pending.Html.ShouldContain("waiting for an organiser&#x27;s approval");
        pending.Html.ShouldNotContain("data-testid=\"dropzone\"");
        loner.Html.ShouldContain("You are not in a team for this task.");
    }

    [Fact]
    public async Task GoldLabelsAppearOnTheOrganisersInspectionOnly()
    {
        // "示例药物丙" is in the gold of V002 and nowhere in the team's file.
        using var organizer = Browser();
        await organizer.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);
        using var alice = Browser();
        await alice.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        var inspection = await organizer.GetAsync($"/organizer/tasks/{Scenario.Slug}/submissions/{_submissionId}");

        inspection.Html.ShouldContain("示例药物丙");
        foreach (var tab in new[] { "submit", "submissions" })
        {
            var page = await alice.GetAsync($"/tasks/{Scenario.Slug}?tab={tab}");
            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Html.ShouldNotContain("示例药物丙", customMessage: tab);
        }
    }

    protected abstract PortalFactory CreateFactory();

    private PortalBrowser Browser() => new(Factory.CreateBrowserClient());
}

public sealed class SqliteSubmissionPagesTests : SubmissionPagesTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Sqlite();
}

public sealed class PostgresSubmissionPagesTests : SubmissionPagesTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Postgres();
}
