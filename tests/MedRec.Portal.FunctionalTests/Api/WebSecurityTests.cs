using System.Net;
using System.Text.RegularExpressions;
using MedRec.Portal.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.FunctionalTests.Api;

/// <summary>
/// What a probe of the web surface found: inputs downloadable with a token, problem documents for every /api
/// refusal, return URLs that cannot crash login or logout, security headers, and clean upload names.
/// </summary>
public sealed partial class WebSecurityTests : ApiScenarioTest
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task InputsUrlDownloadsWithTheTokenAndRefusalsAreProblems()
    {
        using var alice = ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, Data.ApprovedMember)).Secret);
        using var carol = ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, Data.Loner)).Secret);
        using var anonymous = ApiClient.For(Factory, token: null);
        var url = (await alice.GetJsonAsync($"/api/v1/tasks/{Scenario.Slug}")).GetProperty("phases")[0].GetProperty("inputsUrl").GetString()!;

        using var download = await alice.Http.GetAsync(url);
        using var notInATeam = await carol.Http.GetAsync(url);
        using var noToken = await anonymous.Http.GetAsync(url);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(SyntheticData.Inputs);
        download.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{Scenario.Slug}-A-inputs.jsonl", "named after the task and phase");
        (await ApiClient.ReadAsync(notInATeam, HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("forbidden");
        (await ApiClient.ReadAsync(noToken, HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("token.missing");
    }

    [Theory]
    [InlineData("/api/datasets/00000000-0000-0000-0000-000000000001", HttpStatusCode.Unauthorized)]
    [InlineData("/api/submissions/00000000-0000-0000-0000-000000000001/file", HttpStatusCode.Unauthorized)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/organizer/phases/00000000-0000-0000-0000-000000000001/gold", HttpStatusCode.Unauthorized)]
    public async Task EveryRefusalUnderApiIsAProblemNeverHtml(string path, HttpStatusCode expected)
    {
        using var anonymous = ApiClient.For(Factory, token: null);

        using var response = await anonymous.Http.GetAsync(path);

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ProblemJson);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<html", Case.Insensitive);
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1e9", "pageSize")]
    [InlineData("descending=perhaps", "descending")]
    public async Task BadQueryValueIsAProblem400NamingTheParameter(string query, string parameter)
    {
        using var anonymous = ApiClient.For(Factory, token: null);

        using var response = await anonymous.Http.GetAsync($"/api/v1/phases/{Data.PhaseId}/leaderboard?{query}");
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.BadRequest);

        response.Content.Headers.ContentType!.MediaType.ShouldBe(ProblemJson);
        problem.GetProperty("detail").GetString()!.ShouldContain(parameter);
        problem.GetProperty("detail").GetString()!.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task LoginWithANonAsciiReturnUrlRedirectsThere()
    {
        using var browser = new PortalBrowser(Factory.CreateBrowserClient());

        using var response = await browser.PostFormAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString("/tasks/北京?tab=data"), new Dictionary<string, string>
        {
            ["Input.Email"] = Scenario.ApprovedEmail,
            ["Input.Password"] = PortalFactory.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldEndWith("/tasks/%E5%8C%97%E4%BA%AC?tab=data");
    }

    [Theory]
    [InlineData("\t/tasks", "/")]
    [InlineData("tasks\r\nSet-Cookie: x=1", "/")]
    [InlineData("tasks\nx", "/")]
    [InlineData("tasks/北京", "/tasks/%E5%8C%97%E4%BA%AC")]
    public async Task LogoutWithControlOrNonAsciiReturnUrlRedirectsSafely(string returnUrl, string expected)
    {
        using var browser = new PortalBrowser(Factory.CreateBrowserClient());
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);
        var page = await browser.Client.GetStringAsync("/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalBrowser.HiddenValue(page, "__RequestVerificationToken"),
            ["ReturnUrl"] = returnUrl,
        });

        using var response = await browser.Client.PostAsync("/Account/Logout", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe(expected);
    }

    [Fact]
    public async Task PagesAndApiCarryTheSecurityHeadersAndNoServerHeader()
    {
        using var anonymous = ApiClient.For(Factory, token: null);

        using var home = await anonymous.Http.GetAsync("/");
        using var api = await anonymous.Http.GetAsync("/api/v1/tasks");
        var html = await home.Content.ReadAsStringAsync();

        foreach (var response in new[] { home, api })
        {
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            policy.ShouldContain("default-src 'self'");
            policy.ShouldContain("frame-ancestors 'none'");
            policy.ShouldNotContain("unsafe-eval");
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
            response.Headers.Contains("Server").ShouldBeFalse();
        }

        // The one inline script (Blazor's import map) carries this response's nonce verbatim, so the policy
        // admits it. Nonces are random: several pages make one with characters HTML would encode all but certain.
        NonceInPageMatchesPolicy(home, html);
        for (var i = 0; i < 15; i++)
        {
            using var again = await anonymous.Http.GetAsync("/");
            NonceInPageMatchesPolicy(again, await again.Content.ReadAsStringAsync());
        }
        Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.ShouldBeFalse();
    }

    private static void NonceInPageMatchesPolicy(HttpResponseMessage response, string html)
    {
        var nonce = NonceInPolicy().Match(string.Join(";", response.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        nonce.ShouldNotBeNullOrEmpty();
        html.ShouldContain($"<script type=\"importmap\" nonce=\"{nonce}\"");
    }

    [Fact]
    public async Task BackslashesInAnUploadedFileNameAreStripped()
    {
        using var alice = ApiClient.For(Factory, (await ApiClient.CreateTokenAsync(Factory, Data.ApprovedMember)).Secret);

        using var upload = await alice.SubmitAsync(Data.PhaseId, ApiClient.PerfectSubmission, fileName: "C:\\Users\\alice\\run 3\\predictions.json");
        var id = (await ApiClient.ReadAsync(upload, HttpStatusCode.Accepted)).GetProperty("submissionId").GetGuid();
        var submission = await alice.GetJsonAsync($"/api/v1/submissions/{id}");

        submission.GetProperty("fileName").GetString().ShouldBe("predictions.json");
    }

    protected override PortalFactory CreateFactory() => PortalFactory.Sqlite();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();
}
