using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Submissions through the REST API with many concurrent clients (one team and token each): every client uploads
/// its files back to back (multipart POST, as <c>medrec submit</c> does), then polls its team's list until all are
/// scored. Prints accepted uploads per second, scored submissions per second (first upload to last score), and the
/// p50/p95 latency from the start of each upload to its <c>scoredAt</c> (server clock, same machine).
/// </summary>
internal sealed class ApiThroughputBenchmark(TextWriter output, int clients, int perClient, int records)
{
    public async Task RunAsync(string provider, string connectionString)
    {
        var directory = Directory.CreateTempSubdirectory("medrec-bench-api-").FullName;
        await using var portal = new BenchmarkPortal(provider, connectionString, directory);
        await portal.StartAsync(clients, records);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {clients} clients x {perClient} uploads, CDrugRed phase of {records} visits, file {portal.Submission.Length / 1024.0:0} KiB"));

        // Warm-up: one scored submission, so JIT and connection pools are not in the numbers.
        using (var warm = Client(portal, portal.Tokens[0]))
        {
            var started = DateTime.UtcNow;
            var id = await UploadAsync(warm, portal, started);
            await WaitScoredAsync(warm, portal.PhaseId, [id.Id]);
        }

        var handlers = portal.Tokens.Select(t => Client(portal, t)).ToList();
        var wall = Stopwatch.StartNew();
        var uploads = await Task.WhenAll(handlers.Select(async http =>
        {
            var mine = new List<(Guid Id, DateTime StartedAt)>();
            for (var i = 0; i < perClient; i++)
            {
                mine.Add(await UploadAsync(http, portal, DateTime.UtcNow));
            }

            return mine;
        }));
        var acceptedSeconds = wall.Elapsed.TotalSeconds;
        var scoredAt = new Dictionary<Guid, DateTime>();
        var results = await Task.WhenAll(handlers.Select((http, i) => WaitScoredAsync(http, portal.PhaseId, uploads[i].Select(u => u.Id).ToList())));
        var scoredSeconds = wall.Elapsed.TotalSeconds;
        foreach (var result in results)
        {
            foreach (var (id, at) in result)
            {
                scoredAt[id] = at;
            }
        }

        var latencies = uploads.SelectMany(u => u).Select(u => (scoredAt[u.Id] - u.StartedAt).TotalMilliseconds).Order().ToList();
        var total = clients * perClient;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  accepted {total} in {acceptedSeconds:0.0} s = {total / acceptedSeconds:0.0} uploads/s; all scored after {scoredSeconds:0.0} s = {total / scoredSeconds:0.0} scored/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  upload -> scored latency: p50 {Percentile(latencies, 0.50):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {latencies[^1]:0} ms"));
        foreach (var http in handlers)
        {
            http.Dispose();
        }

        // Leave nothing behind: the benchmark's database (a SQLite file, or a PostgreSQL database) goes with it.
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await db.Database.EnsureDeletedAsync();
        }

        await portal.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's cleanup.
        }
    }

    internal static HttpClient Client(BenchmarkPortal portal, string token)
    {
        var http = new HttpClient { BaseAddress = portal.BaseUrl, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    internal static async Task<(Guid Id, DateTime StartedAt)> UploadAsync(HttpClient http, BenchmarkPortal portal, DateTime startedAt)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(portal.Submission);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(part, "file", "predictions.json");
        using var response = await http.PostAsync($"api/v1/phases/{portal.PhaseId}/submissions", form);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"upload refused: {(int)response.StatusCode} {body}");
        }

        using var receipt = JsonDocument.Parse(body);
        return (receipt.RootElement.GetProperty("submissionId").GetGuid(), startedAt);
    }

    /// <summary>Polls the team's list every 250 ms until every id is Scored; returns each one's scoredAt.</summary>
    private static async Task<Dictionary<Guid, DateTime>> WaitScoredAsync(HttpClient http, Guid phaseId, IReadOnlyList<Guid> ids)
    {
        var deadline = DateTime.UtcNow.AddMinutes(30);
        while (true)
        {
            using var list = JsonDocument.Parse(await http.GetStringAsync($"api/v1/phases/{phaseId}/submissions"));
            var done = new Dictionary<Guid, DateTime>();
            foreach (var submission in list.RootElement.EnumerateArray())
            {
                var status = submission.GetProperty("status").GetString();
                if (status is "Failed" or "Rejected")
                {
                    throw new InvalidOperationException($"submission {submission.GetProperty("id")} ended {status}: {submission}");
                }

                if (status == "Scored")
                {
                    done[submission.GetProperty("id").GetGuid()] = submission.GetProperty("scoredAt").GetDateTime().ToUniversalTime();
                }
            }

            if (ids.All(done.ContainsKey))
            {
                return done;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("submissions were not scored within 30 minutes");
            }

            await Task.Delay(250);
        }
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
