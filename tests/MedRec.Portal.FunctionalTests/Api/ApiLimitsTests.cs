using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Api;

/// <summary>
/// Bounds that do not depend on the database: over-size bodies are refused (413) before they are read,
/// rate limits answer 429 with Retry-After, and the OpenAPI document lists the endpoints.
/// </summary>
public sealed class ApiLimitsTests : IAsyncLifetime
{
    private const int MaxBytes = 4096;
    private const int TokenPermits = 5;
    private const int AddressPermits = 8;

    private readonly PortalFactory _factory = PortalFactory.Sqlite(settings =>
    {
        settings["Submission:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Api:RateLimits:PerTokenPermits"] = TokenPermits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Api:RateLimits:PerAddressPermits"] = AddressPermits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Api:RateLimits:WindowSeconds"] = "600";
    });

    private Scenario? _scenario;

    private Scenario Data => _scenario ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync() => _scenario = await Scenario.BuildAsync(_factory);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task DeclaredOversizeBodyIs413BeforeItIsRead()
    {
        using var api = ApiClient.For(_factory, (await ApiClient.CreateTokenAsync(_factory, Data.ApprovedMember)).Secret);
        var body = new CountingContent(declaredLength: 50L * 1024 * 1024);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        using var response = await api.Http.PostAsync($"/api/v1/phases/{Data.PhaseId}/submissions", body);
        var problem = await ApiClient.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("code").GetString().ShouldBe("upload.too_large");
        problem.GetProperty("maxBytes").GetInt64().ShouldBe(MaxBytes);
        problem.GetProperty("detail").GetString()!.ShouldContain("4,096 bytes");
        body.BytesSent.ShouldBeLessThan(1024 * 1024, "the server must answer without taking the body");
    }

    [Fact]
    public async Task FilePartOverTheLimitIs413AndNothingIsStored()
    {
        using var api = ApiClient.For(_factory, (await ApiClient.CreateTokenAsync(_factory, Data.ApprovedMember)).Secret);
        var big = new byte[MaxBytes + 10];
        Array.Fill(big, (byte)' ');
        big[0] = (byte)'[';
        big[^1] = (byte)']';

        using var response = await api.SubmitAsync(Data.PhaseId, big);

        (await ApiClient.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).GetProperty("code").GetString().ShouldBe("upload.too_large");
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        (await db.Submissions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task TokenOverItsRateLimitGets429WithRetryAfterAndOtherTokensAreUnaffected()
    {
        using var alice = ApiClient.For(_factory, (await ApiClient.CreateTokenAsync(_factory, Data.ApprovedMember)).Secret);
        using var bob = ApiClient.For(_factory, (await ApiClient.CreateTokenAsync(_factory, Data.OtherTeamMember)).Secret);
        for (var i = 0; i < TokenPermits; i++)
        {
            (await alice.GetJsonAsync("/api/v1/me")).ValueKind.ShouldBe(JsonValueKind.Object);
        }

        // The window began with the first request: 2 s later it resets in under 599 s, and Retry-After says so.
        await Task.Delay(TimeSpan.FromSeconds(2.1));
        using var limited = await alice.Http.GetAsync("/api/v1/me");
        var problem = await ApiClient.ReadAsync(limited, HttpStatusCode.TooManyRequests);

        problem.GetProperty("code").GetString().ShouldBe("rate_limited");
        var retryAfter = limited.Headers.RetryAfter!.Delta!.Value;
        retryAfter.ShouldBeGreaterThan(TimeSpan.Zero);
        retryAfter.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(598), "the real time left in the 600 s window, not the whole window");
        problem.GetProperty("retryAfterSeconds").GetInt32().ShouldBe((int)retryAfter.TotalSeconds);
        problem.GetProperty("detail").GetString()!.ShouldContain($"at most {TokenPermits} per token");
        (await bob.GetJsonAsync("/api/v1/me")).GetProperty("userId").GetGuid().ShouldBe(Data.OtherTeamMember.UserId);
    }

    [Fact]
    public async Task AddressOverItsRateLimitGets429EvenWithoutAToken()
    {
        using var anonymous = ApiClient.For(_factory, token: null);
        for (var i = 0; i < AddressPermits; i++)
        {
            (await anonymous.GetJsonAsync("/api/v1/tasks")).ValueKind.ShouldBe(JsonValueKind.Array);
        }

        using var limited = await anonymous.Http.GetAsync("/api/v1/tasks");
        using var page = await anonymous.Http.GetAsync("/health");

        (await ApiClient.ReadAsync(limited, HttpStatusCode.TooManyRequests)).GetProperty("retryAfterSeconds").GetInt32().ShouldBeGreaterThan(0);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "only /api/v1 is limited");
    }

    [Fact]
    public async Task OpenApiDocumentListsEveryEndpointAndTheBearerScheme()
    {
        using var api = ApiClient.For(_factory, token: null);

        var document = await api.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldBe(
            [
                "/api/v1/me",
                "/api/v1/tasks",
                "/api/v1/tasks/{slug}",
                "/api/v1/datasets/{datasetId}",
                "/api/v1/phases/{phaseId}/submissions",
                "/api/v1/submissions/{submissionId}",
                "/api/v1/phases/{phaseId}/quota",
                "/api/v1/phases/{phaseId}/leaderboard",
                "/api/v1/phases/{phaseId}/leaderboard/events",
            ],
            ignoreOrder: true);
        document.GetProperty("paths").GetProperty("/api/v1/phases/{phaseId}/submissions").TryGetProperty("post", out _).ShouldBeTrue();
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken").GetProperty("scheme").GetString().ShouldBe("bearer");
    }

    /// <summary>A body that claims to be large, sends 64 KiB chunks slowly, and counts what the server took.</summary>
    private sealed class CountingContent(long declaredLength) : HttpContent
    {
        private long _sent;

        public long BytesSent => Interlocked.Read(ref _sent);

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            try
            {
                while (_sent < declaredLength)
                {
                    await stream.WriteAsync(chunk);
                    Interlocked.Add(ref _sent, chunk.Length);
                    await Task.Delay(5);
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // The server answered and stopped reading: exactly what the test wants.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = declaredLength;
            return true;
        }
    }
}

/// <summary>Sign-in attempts are throttled per client address, whichever accounts they try.</summary>
public sealed class LoginThrottleTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = PortalFactory.Sqlite(settings =>
    {
        settings["Api:RateLimits:LoginAttemptsPerAddress"] = "3";
        settings["Api:RateLimits:LoginWindowSeconds"] = "600";
    });

    public async ValueTask InitializeAsync() => await Scenario.BuildAsync(_factory);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TheFourthAttemptFromOneAddressIs429WithRetryAfterEvenForAnotherAccount()
    {
        using var browser = new PortalBrowser(_factory.CreateBrowserClient());
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var wrong = await browser.LogInAsync(Scenario.OtherEmail, "not-the-password");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK, "a wrong password shows the form again");
        }

        using var throttled = await browser.LogInAsync(Scenario.ApprovedEmail);

        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta!.Value.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(600));
        var text = await throttled.Content.ReadAsStringAsync();
        (text.Contains("Too many sign-in attempts", StringComparison.Ordinal) || text.Contains("登录尝试过多", StringComparison.Ordinal)).ShouldBeTrue(text);
        using var page = await browser.Client.GetAsync("/Account/Login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "only the form posts are counted");
    }
}
