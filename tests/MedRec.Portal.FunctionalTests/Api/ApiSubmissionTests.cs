using System.Net;
using System.Text.Json;
using MedRec.Portal.Application.Features.Submissions.GetQuotaStatus;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Api;

/// <summary>
/// Scripted submission through /api/v1 against the real portal: scored end to end, the same refusals as the
/// Submit tab (unapproved team, closed window, another team's submission), the format report with positions,
/// and the quota held exactly under concurrent uploads. Runs on SQLite and PostgreSQL.
/// </summary>
public abstract class ApiSubmissionTests : ApiScenarioTest
{
    [Fact]
    public async Task AcceptedUploadIsQueuedThenScoredAndReadableWithItsScores()
    {
        using var api = await ClientForAsync(Data.ApprovedMember);

        using var response = await api.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission, "baseline run 1");
        var receipt = await ApiClient.ReadAsync(response, HttpStatusCode.Accepted);
        var id = receipt.GetProperty("submissionId").GetGuid();
        var scored = await api.WaitUntilDoneAsync(id);

        response.Headers.Location!.ToString().ShouldBe($"/api/v1/submissions/{id}");
        receipt.GetProperty("status").GetString().ShouldBe("Queued");
        receipt.GetProperty("counted").GetBoolean().ShouldBeTrue();
        receipt.GetProperty("quota").GetProperty("usedToday").GetInt32().ShouldBe(1);
        scored.GetProperty("status").GetString().ShouldBe("Scored");
        scored.GetProperty("primaryScore").GetDouble().ShouldBe(1.0);
        scored.GetProperty("metrics").EnumerateObject().First().Name.ShouldBe("score");
        scored.GetProperty("description").GetString().ShouldBe("baseline run 1");
        scored.GetProperty("fileName").GetString().ShouldBe("predictions.json");
    }

    [Fact]
    public async Task ListAndQuotaShowTheTeamsOwnSubmissions()
    {
        using var api = await ClientForAsync(Data.ApprovedMember);
        using (var first = await api.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var list = await api.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/submissions");
        var quota = await api.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/quota");

        list.GetArrayLength().ShouldBe(1);
        list[0].GetProperty("teamId").GetGuid().ShouldBe(Data.ApprovedTeamId);
        quota.GetProperty("usedToday").GetInt32().ShouldBe(1);
        quota.GetProperty("dailyLimit").GetInt32().ShouldBe(5);
        quota.GetProperty("remaining").GetInt32().ShouldBe(4);
        quota.GetProperty("timeZone").GetString().ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public async Task FileBreakingTheRulesIsRejectedWithEveryIssueAndItsPosition()
    {
        using var api = await ClientForAsync(Data.ApprovedMember);

        using var response = await api.SubmitAsync(Data.PhaseId, ApiClient.BrokenSubmission);
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.UnprocessableEntity);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("code").GetString().ShouldBe("submission.rejected");
        problem.GetProperty("counted").GetBoolean().ShouldBeFalse();
        var issues = problem.GetProperty("issues").EnumerateArray().ToList();
        var unknown = issues.Single(i => i.GetProperty("code").GetString() == "label.unknown");
        unknown.GetProperty("record").GetInt32().ShouldBe(2);
        unknown.GetProperty("id").GetString().ShouldBe("V002");
        unknown.GetProperty("line").GetInt32().ShouldBe(3);
        unknown.GetProperty("column").GetInt32().ShouldBeGreaterThan(1);
        unknown.GetProperty("message").GetString()!.ShouldContain("不存在的药");
        issues.ShouldContain(i => i.GetProperty("code").GetString() == "id.missing");
        var stored = await api.GetJsonAsync($"/api/v1/submissions/{problem.GetProperty("submissionId").GetGuid()}");
        stored.GetProperty("status").GetString().ShouldBe("Rejected");
        stored.GetProperty("report").GetProperty("errorCount").GetInt32().ShouldBe(issues.Count);
    }

    [Fact]
    public async Task MemberOfAnotherTeamCannotReadTheSubmission()
    {
        using var alice = await ClientForAsync(Data.ApprovedMember);
        using var bob = await ClientForAsync(Data.OtherTeamMember);
        using var response = await alice.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission);
        var id = (await ApiClient.ReadAsync(response, HttpStatusCode.Accepted)).GetProperty("submissionId").GetGuid();

        var refused = await bob.GetJsonAsync($"/api/v1/submissions/{id}", HttpStatusCode.Forbidden);
        var bobsList = await bob.GetJsonAsync($"/api/v1/phases/{Data.PhaseId}/submissions");

        refused.GetProperty("code").GetString().ShouldBe("forbidden");
        refused.GetProperty("detail").GetString()!.ShouldContain("another team");
        refused.ToString().ShouldNotContain("示例药物");
        bobsList.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task UnapprovedTeamIsRefusedAndNothingIsStored()
    {
        using var bob = await ClientForAsync(Data.OtherTeamMember);

        using var response = await bob.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission);
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().ShouldBe("forbidden");
        problem.GetProperty("detail").GetString()!.ShouldContain("waiting for an organiser's approval");
        await using var db = await OpenDbAsync();
        (await db.Submissions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ClosedPhaseIsRefusedWithItsWindow()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();
        var closed = await mediator.Send(new CreatePhaseCommand(Data.Organizer, Data.TaskId, new PhaseSettings
        {
            Code = "Z",
            OpensAt = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            ClosesAt = new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc),
        }));
        using var api = await ClientForAsync(Data.ApprovedMember);

        using var response = await api.SubmitAsync(closed.Value, ApiClient.PerfectSubmission);
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.Conflict);

        problem.GetProperty("code").GetString().ShouldBe("conflict");
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldContain("Phase \"Z\" is closed");
        detail.ShouldContain("2025-03-01");
        detail.ShouldContain("2025-03-02");
        problem.GetProperty("errors")[0].GetProperty("field").GetString().ShouldBe("Phase");
    }

    [Fact]
    public async Task ARefusalIsWordedInTheLanguageTheScriptAsksForWithTheSameCodes()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();
        var closed = await mediator.Send(new CreatePhaseCommand(Data.Organizer, Data.TaskId, new PhaseSettings
        {
            Code = "Z",
            OpensAt = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            ClosesAt = new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc),
        }));
        using var api = await ClientForAsync(Data.ApprovedMember);
        api.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await api.SubmitAsync(closed.Value, ApiClient.PerfectSubmission);
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.Conflict);

        problem.GetProperty("code").GetString().ShouldBe("conflict");
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldStartWith("阶段“Z”已结束");
        detail.ShouldNotContain("closed");
        problem.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldStartWith("阶段“Z”已结束");
        problem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("conflict");
    }

    [Fact]
    public async Task UnknownPhaseIsNotFound()
    {
        using var api = await ClientForAsync(Data.ApprovedMember);

        using var response = await api.SubmitAsync(Guid.NewGuid(), ApiClient.PerfectSubmission);

        (await ApiClient.ReadAsync(response, HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("not_found");
    }

    [Fact]
    public async Task TwentyConcurrentUploadsWithFourSlotsLeftCountExactlyFour()
    {
        using var api = await ClientForAsync(Data.ApprovedMember);
        using (var first = await api.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        // Every file is valid, so each upload wants a counted slot (same content is only flagged as a duplicate).
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await api.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission, description: $"race {i}");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        responses.Count(r => r.StatusCode == HttpStatusCode.Accepted).ShouldBe(4, string.Join("\n", responses.Select(r => r.Body)));
        var refusals = responses.Where(r => r.StatusCode != HttpStatusCode.Accepted).ToList();
        refusals.Count.ShouldBe(16);
        refusals.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
        JsonDocument.Parse(refusals[0].Body).RootElement.GetProperty("errors")[0].GetProperty("field").GetString().ShouldBe("Quota");
        await using var db = await OpenDbAsync();
        (await db.Submissions.CountAsync(s => s.Counted)).ShouldBe(5);
        (await db.QuotaSlots.CountAsync(s => s.Kind == QuotaSlotKind.Daily)).ShouldBe(5);
        var quota = await Factory.Services.GetRequiredService<IMediator>().Send(new GetQuotaStatusQuery(Data.ApprovedMember, Data.PhaseId));
        quota.Value.RemainingToday.ShouldBe(0);
    }

    private async Task<ApiClient> ClientForAsync(Application.Common.Actor actor) =>
        ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, actor)).Secret);

    private async Task<PortalDbContext> OpenDbAsync() =>
        await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}

/// <summary>On a temporary SQLite database.</summary>
public sealed class SqliteApiSubmissionTests : ApiSubmissionTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Sqlite();
}

/// <summary>On PostgreSQL (skipped, with the reason, unless MEDREC_TEST_POSTGRES is set).</summary>
public sealed class PostgresApiSubmissionTests : ApiSubmissionTests
{
    protected override PortalFactory CreateFactory() => PortalFactory.Postgres();
}
