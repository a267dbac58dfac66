using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MedRec.Portal.Cli.Api;

/// <summary>
/// The few portal API calls <c>medrec submit</c> makes (docs: /openapi/v1.json), with the answers kept as JSON so
/// the command can print them as they came. Network failures become <see cref="CliUsageException"/> (exit 1).
/// </summary>
internal sealed class PortalApiClient : IDisposable
{
    private readonly HttpClient _http;

    public PortalApiClient(Uri baseUrl, string token, TimeSpan timeout)
    {
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = timeout };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("medrec-cli/" + (typeof(PortalApiClient).Assembly.GetName().Version?.ToString(3) ?? "0"));
    }

    /// <summary>An API answer: its status and JSON body (a problem document for refusals).</summary>
    public sealed record Answer(HttpStatusCode Status, JsonElement Body)
    {
        public bool IsProblem => (int)Status >= 400;

        /// <summary>The problem's explanation, its code and the HTTP status, on one line.</summary>
        public string Describe()
        {
            var detail = Text("detail") ?? Text("title") ?? "no explanation given";
            var code = Text("code");
            return $"{detail} (HTTP {(int)Status}{(code is null ? "" : ", " + code)})";
        }

        public string? Text(string property) =>
            Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    public async Task<Answer> SubmitAsync(Guid phaseId, string filePath, string? description, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(filePath);
        using var form = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(part, "file", Path.GetFileName(filePath));
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return await SendAsync(() => _http.PostAsync($"api/v1/phases/{phaseId}/submissions", form, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<Answer> GetSubmissionAsync(Guid submissionId, CancellationToken cancellationToken) =>
        SendAsync(() => _http.GetAsync($"api/v1/submissions/{submissionId}", cancellationToken), cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<Answer> SendAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await send().ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new CliUsageException($"cannot reach the portal at {_http.BaseAddress}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliUsageException($"the portal at {_http.BaseAddress} did not answer within {_http.Timeout.TotalSeconds:0} s.", exception);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
                return new Answer(response.StatusCode, document.RootElement.Clone());
            }
            catch (JsonException)
            {
                // Not the portal's API (a proxy's error page, a wrong --url): say so rather than print HTML.
                throw new CliUsageException($"{_http.BaseAddress} answered HTTP {(int)response.StatusCode} with something that is not JSON; is --url the portal's address?");
            }
        }
    }
}
