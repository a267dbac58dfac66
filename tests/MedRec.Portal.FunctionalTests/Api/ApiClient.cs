using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.ApiTokens.CreateApiToken;
using MedRec.Portal.FunctionalTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Api;

/// <summary>Calls the REST API as a script would: bearer token, multipart uploads, JSON answers.</summary>
public sealed class ApiClient(HttpClient client) : IDisposable
{
    /// <summary>A perfect prediction for <see cref="SyntheticData"/>'s three visits (scores 1).</summary>
    public static byte[] PerfectSubmission { get; } = Encoding.UTF8.GetBytes(
        """[{"ID": "V001", "prediction": ["示例药物甲"]}, {"ID": "V002", "prediction": ["示例药物乙", "示例药物丙"]}, {"ID": "V003", "prediction": []}]""");

    /// <summary>Names a drug not on the candidate list (record 2, line 3) and misses visit V003.</summary>
    public static byte[] BrokenSubmission { get; } = Encoding.UTF8.GetBytes(
        "[\n  {\"ID\": \"V001\", \"prediction\": [\"示例药物甲\"]},\n  {\"ID\": \"V002\", \"prediction\": [\"不存在的药\"]}\n]");

    public HttpClient Http { get; } = client;

    /// <summary>A client whose requests carry <paramref name="token"/> (none: anonymous).</summary>
    public static ApiClient For(PortalFactory factory, string? token)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return new ApiClient(http);
    }

    /// <summary>Creates a token for the actor through the same use case the profile page sends.</summary>
    public static async Task<CreatedApiToken> CreateTokenAsync(PortalFactory factory, Actor actor, string name = "test script", DateTime? expiresAt = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var created = await factory.Services.GetRequiredService<IMediator>().Send(new CreateApiTokenCommand(actor, name, expiresAt));
        created.IsSuccess.ShouldBeTrue(created.ToString());
        return created.Value;
    }

    public async Task<HttpResponseMessage> SubmitAsync(Guid phaseId, byte[] file, string? description = null, string fileName = "predictions.json")
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(part, "file", fileName);
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return await Http.PostAsync($"/api/v1/phases/{phaseId}/submissions", form);
    }

    public async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(path);
        return await ReadAsync(response, expected);
    }

    /// <summary>Polls a submission until it leaves Queued/Scoring (the worker is woken by each upload).</summary>
    public async Task<JsonElement> WaitUntilDoneAsync(Guid submissionId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var submission = await GetJsonAsync($"/api/v1/submissions/{submissionId}");
            var status = submission.GetProperty("status").GetString();
            if (status is not ("Queued" or "Scoring"))
            {
                return submission;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"submission {submissionId} still {status}");
            }

            await Task.Delay(100);
        }
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose() => Http.Dispose();
}
