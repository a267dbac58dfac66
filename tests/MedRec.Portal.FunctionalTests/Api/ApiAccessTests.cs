using System.Net;
using System.Net.Http.Headers;
using MedRec.Portal.Application.Features.ApiTokens.RevokeApiToken;
using MedRec.Portal.Application.Features.Leaderboards.Freeze;
using MedRec.Portal.Application.Features.Tasks.UpdatePhase;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.FunctionalTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Api;

/// <summary>
/// Who gets in: missing, malformed, unknown, revoked and expired tokens are 401 with a specific code and
/// message; tasks and public boards are open to anonymous scripts, hidden boards are not. Runs on SQLite and
/// PostgreSQL.
/// </summary>
public abstract class ApiAccessTests : ApiScenarioTest
{
    [Fact]
    public async Task CallWithoutTokenIs401SayingHowToAuthenticate()
    {
        using var api = ApiClient.For(Factory, token: null);

        using var response = await api.Http.GetAsync($"/api/v1/phases/{Data.PhaseId}/quota");
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.Unauthorized);

        response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
        problem.GetProperty("code").GetString().ShouldBe("token.missing");
        problem.GetProperty("detail").GetString()!.ShouldContain("Authorization: Bearer");
    }

    [Theory]
    [InlineData("not-a-token", "token.malformed")]
    [InlineData("mrp_0000000000000000000000000000000000000000", "token.unknown")]
    public async Task BadTokenIs401WithItsReason(string token, string code)
    {
        using var api = ApiClient.For(Factory, token);

        using var response = await api.Http.GetAsync($"/api/v1/phases/{Data.PhaseId}/quota");
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.Unauthorized);

        problem.GetProperty("code").GetString().ShouldBe(code);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
    }

    [Fact]
    public async Task RevokedTokenIs401EvenOnAnonymousEndpoints()
    {
        var created = await ApiClient.CreateTokenAsync(Factory, Data.ApprovedMember, "laptop");
        using var api = ApiClient.For(Factory, created.Secret);
        (await api.GetJsonAsync("/api/v1/me")).GetProperty("userId").GetGuid().ShouldBe(Data.ApprovedMember.UserId);

        var revoked = await Factory.Services.GetRequiredService<IMediator>().Send(new RevokeApiTokenCommand(Data.ApprovedMember, created.Token.Id));
        revoked.IsSuccess.ShouldBeTrue(revoked.ToString());
        using var submit = await api.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission);
        var problem = await ApiClient.ReadAsync(submit, HttpStatusCode.Unauthorized);
        var tasks = await api.GetJsonAsync("/api/v1/tasks", HttpStatusCode.Unauthorized);

        problem.GetProperty("code").GetString().ShouldBe("token.revoked");
        problem.GetProperty("detail").GetString()!.ShouldContain("\"laptop\"");
        problem.GetProperty("detail").GetString()!.ShouldContain("was revoked at");
        tasks.GetProperty("code").GetString().ShouldBe("token.revoked");
    }

    [Fact]
    public async Task ExpiredTokenIs401SayingWhenItExpired()
    {
        var created = await ApiClient.CreateTokenAsync(Factory, Data.ApprovedMember, "short-lived", DateTime.UtcNow.AddSeconds(1));
        using var api = ApiClient.For(Factory, created.Secret);
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var problem = await api.GetJsonAsync("/api/v1/me", HttpStatusCode.Unauthorized);

        problem.GetProperty("code").GetString().ShouldBe("token.expired");
        problem.GetProperty("detail").GetString()!.ShouldContain("expired at");
    }

    [Fact]
    public async Task SignInCookieDoesNotOpenTheApi()
    {
        using var browser = new PortalBrowser(Factory.CreateBrowserClient());
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        using var response = await browser.Client.GetAsync($"/api/v1/phases/{Data.PhaseId}/quota");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnonymousScriptsFindTasksAndPhaseIds()
    {
        using var api = ApiClient.For(Factory, token: null);

        var tasks = await api.GetJsonAsync("/api/v1/tasks");
        var task = await api.GetJsonAsync($"/api/v1/tasks/{Scenario.Slug}");

        tasks.GetArrayLength().ShouldBe(1);
        var phase = task.GetProperty("phases")[0];
        phase.GetProperty("id").GetGuid().ShouldBe(Data.PhaseId);
        phase.GetProperty("code").GetString().ShouldBe("A");
        phase.GetProperty("status").GetString().ShouldBe("Open");
        phase.GetProperty("inputsUrl").GetString().ShouldBe($"/api/v1/datasets/{Data.InputsId}");
    }

    [Fact]
    public async Task PublicBoardIsReadableAnonymouslyAndHiddenBoardIsNot()
    {
        using var alice = ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, Data.ApprovedMember)).Secret);
        using (var upload = await alice.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission))
        {
            await alice.WaitUntilDoneAsync((await ApiClient.ReadAsync(upload, HttpStatusCode.Accepted)).GetProperty("submissionId").GetGuid());
        }

        using var anonymous = ApiClient.For(Factory, token: null);
        var board = await anonymous.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/leaderboard");
        var own = await alice.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/leaderboard");

        board.GetProperty("source").GetString().ShouldBe("Live");
        board.GetProperty("rows")[0].GetProperty("name").GetString().ShouldBe("Team Alice");
        board.GetProperty("rows")[0].GetProperty("metrics").GetProperty("score").GetDouble().ShouldBe(1.0);
        board.GetProperty("rows")[0].GetProperty("isOwnTeam").GetBoolean().ShouldBeFalse();
        own.GetProperty("rows")[0].GetProperty("isOwnTeam").GetBoolean().ShouldBeTrue();

        await HideBoardAsync();
        var hidden = await anonymous.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/leaderboard", HttpStatusCode.Forbidden);
        var hiddenForMember = await alice.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/leaderboard", HttpStatusCode.Forbidden);
        hidden.GetProperty("detail").GetString()!.ShouldContain("not public yet");
        hiddenForMember.GetProperty("code").GetString().ShouldBe("forbidden");
    }

    [Fact]
    public async Task ScoresAfterTheFreezeAreHiddenFromTheTeamWhenThePhaseSaysSo()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();
        (await mediator.Send(new SetBoardOptionsCommand(Data.Organizer, Data.PhaseId, HideOwnScoresWhileFrozen: true, PublishHourly: false))).IsSuccess.ShouldBeTrue();
        (await mediator.Send(new FreezeBoardCommand(Data.Organizer, Data.PhaseId))).IsSuccess.ShouldBeTrue();
        using var alice = ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, Data.ApprovedMember)).Secret);
        using var organizer = ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, Data.Organizer)).Secret);
        Guid id;
        using (var upload = await alice.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission))
        {
            id = (await ApiClient.ReadAsync(upload, HttpStatusCode.Accepted)).GetProperty("submissionId").GetGuid();
        }

        var seenByTeam = await alice.WaitUntilDoneAsync(id);
        var listed = await alice.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/submissions");
        var seenByOrganizer = await organizer.GetJsonAsync($"/api/v1/submissions/{id}");

        seenByTeam.GetProperty("status").GetString().ShouldBe("Scored");
        seenByTeam.GetProperty("scoresHidden").GetBoolean().ShouldBeTrue();
        seenByTeam.GetProperty("primaryScore").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        seenByTeam.GetProperty("metrics").EnumerateObject().ShouldBeEmpty();
        listed[0].GetProperty("scoresHidden").GetBoolean().ShouldBeTrue();
        seenByOrganizer.GetProperty("primaryScore").GetDouble().ShouldBe(1.0);
    }

    [Fact]
    public async Task UnknownApiPathIsAProblemNotAPage()
    {
        using var api = ApiClient.For(Factory, token: null);

        using var response = await api.Http.GetAsync("/api/v1/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task UploadThatIsNotMultipartIs415AndOneWithoutFileIs400()
    {
        using var api = ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, Data.ApprovedMember)).Secret);

        using var json = new ByteArrayContent(ApiClient.PerfectSubmission);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var notMultipart = await api.Http.PostAsync($"/api/v1/phases/{Data.PhaseId}/submissions", json);
        using var form = new MultipartFormDataContent { { new StringContent("just words"), "description" } };
        using var noFile = await api.Http.PostAsync($"/api/v1/phases/{Data.PhaseId}/submissions", form);

        (await ApiClient.ReadAsync(notMultipart, HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString()!.ShouldContain("curl -F file=@");
        (await ApiClient.ReadAsync(noFile, HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("upload.no_file");
    }

    private async Task HideBoardAsync()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();
        var detail = await mediator.Send(new Application.Features.Tasks.GetTaskDetail.GetTaskDetailQuery(Data.Organizer, Scenario.Slug));
        var phase = detail.Value.Phases.Single();
        var updated = await mediator.Send(new UpdatePhaseCommand(Data.Organizer, phase.Id, phase.Settings with { BoardVisibility = BoardVisibility.HiddenUntilReleased }, phase.Version));
        updated.IsSuccess.ShouldBeTrue(updated.ToString());
    }
}

/// <summary>On a temporary SQLite database.</summary>
public sealed class SqliteApiAccessTests : ApiAccessTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Sqlite();
}

/// <summary>On PostgreSQL (skipped, with the reason, unless MEDREC_TEST_POSTGRES is set).</summary>
public sealed class PostgresApiAccessTests : ApiAccessTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Postgres();
}
