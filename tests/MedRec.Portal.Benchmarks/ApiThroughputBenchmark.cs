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
/// Submissions through the REST API, one team and token per client: a closed-loop burst (every client uploads its
/// files back to back, all at once: <c>--clients 200 --per-client 1</c> is 200 teams pressing submit together) or an
/// open-loop steady arrival rate (<c>--rate 20 --seconds 30</c>: an upload starts every 1/rate s whether or not the
/// earlier ones finished). Scoring runs in the portal process, or with <c>--worker-processes K</c> in K separate
/// scoring processes of the portal binary (Redis carries the work signals). Prints accepted uploads per second,
/// scored per second (first upload to last score), and the p50/p95 latency from the start of each upload to its
/// <c>scoredAt</c> (server clock, same machine), ending with one line per database in the issue's format.
/// </summary>
internal sealed class ApiThroughputBenchmark(TextWriter output, int clients, int perClient, int records, int rate = 0, int seconds = 0, int workerProcesses = 0, int warmup = 30)
{
    private bool Steady => rate > 0;

    public async Task RunAsync(string provider, string connectionString)
    {
        var directory = Directory.CreateTempSubdirectory("medrec-bench-api-").FullName;
        var teams = Steady ? Math.Min(clients, rate * seconds) : clients;
        await using var cluster = workerProcesses > 0 ? new ScaleOut.PortalCluster(connectionString, Path.Combine(directory, "cluster"), provider) : null;
        var settings = new Dictionary<string, string>();
        if (cluster is not null)
        {
            await cluster.StartRedisAsync();
            settings["Portal:Roles"] = "Web";
            settings["ConnectionStrings:Redis"] = cluster.Redis!;
        }

        await using var portal = new BenchmarkPortal(provider, connectionString, directory, settings);
        await portal.StartAsync(teams, records);
        for (var i = 1; i <= workerProcesses; i++)
        {
            await cluster!.StartWorkerAsync($"bench-worker-{i}", 0);
        }

        var scoring = workerProcesses > 0 ? $"{workerProcesses} worker process(es) x {Environment.ProcessorCount} loops" : $"in-process, {Environment.ProcessorCount} loops";
        var shape = Steady ? $"{rate}/s for {seconds} s over {teams} teams" : $"{clients} clients x {perClient} uploads";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {shape}, scoring {scoring}, CDrugRed phase of {records} visits, file {portal.Submission.Length / 1024.0:0} KiB"));

        var handlers = portal.Tokens.Select(t => Client(portal, t)).ToList();
        await WarmUpAsync(portal, handlers);
        var before = ProcessCost.Now();
        var wall = Stopwatch.StartNew();
        var uploads = Steady ? await OpenLoopAsync(portal, handlers) : await ClosedLoopAsync(portal, handlers);
        var acceptedSeconds = wall.Elapsed.TotalSeconds;
        var scoredAt = new Dictionary<Guid, DateTime>();
        var results = await Task.WhenAll(handlers.Select((http, i) => WaitScoredAsync(http, portal.PhaseId, uploads[i].Select(u => u.Id).ToList())));
        foreach (var result in results)
        {
            foreach (var (id, at) in result)
            {
                scoredAt[id] = at;
            }
        }

        var all = uploads.SelectMany(u => u).ToList();
        var firstStart = all.Min(u => u.StartedAt);
        var scoredSeconds = (all.Max(u => scoredAt[u.Id]) - firstStart).TotalSeconds;
        var latencies = all.Select(u => (scoredAt[u.Id] - u.StartedAt).TotalMilliseconds).Order().ToList();
        var total = all.Count;
        var cost = ProcessCost.Now() - before;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  accepted {total} in {acceptedSeconds:0.0} s; all scored {scoredSeconds:0.0} s after the first upload; max upload -> scored {latencies[^1]:0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  this process (portal{(workerProcesses > 0 ? " web only" : "")} + clients): CPU {cost.Cpu.TotalSeconds:0.0} s = {cost.Cpu.TotalMilliseconds / total:0.0} ms per upload, JIT {cost.JitMethods} methods {cost.Jit.TotalMilliseconds:0} ms, GC pauses {cost.GcPause.TotalMilliseconds:0} ms, allocated {cost.AllocatedBytes / total / 1024.0 / 1024.0:0.0} MiB per upload; load average {LoadAverage()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"api {provider.ToLowerInvariant()} {(Steady ? "steady" : "burst")}: {total} uploads, accepted/s {total / acceptedSeconds:0.0}, scored/s {total / scoredSeconds:0.0}, upload→scored p50 {Percentile(latencies, 0.50):0} ms, p95 {Percentile(latencies, 0.95):0} ms"));
        foreach (var http in handlers)
        {
            http.Dispose();
        }

        if (cluster is not null)
        {
            await cluster.DisposeAsync();
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

    /// <summary>
    /// Warm-up before anything is measured, as on a portal that has been running before a deadline: rounds of
    /// `--warmup` uploads (a few at a time, round-robin over the teams), each scored, then a wait until the JIT is
    /// quiet, until a round compiles fewer than 100 methods (at most 5 rounds). Tiering needs two rounds of about 30
    /// calls per method (instrumented, then optimised) and compiles on one background thread, which on a loaded
    /// machine falls behind: with a single warm-up upload, half of the measured CPU samples were that thread.
    /// </summary>
    private async Task WarmUpAsync(BenchmarkPortal portal, List<HttpClient> handlers)
    {
        var uploads = 0;
        for (var round = 1; round <= 5 && warmup > 0; round++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            var ids = new List<Guid>[handlers.Count];
            for (var t = 0; t < handlers.Count; t++)
            {
                ids[t] = [];
            }

            for (var start = 0; start < warmup; start += 4)
            {
                var batch = Enumerable.Range(uploads + start, Math.Min(4, warmup - start)).ToList();
                var done = await Task.WhenAll(batch.Select(i => UploadAsync(handlers[i % handlers.Count], portal, DateTime.UtcNow)));
                foreach (var (i, upload) in batch.Zip(done))
                {
                    ids[i % handlers.Count].Add(upload.Id);
                }
            }

            uploads += warmup;
            await Task.WhenAll(handlers.Select((http, t) => ids[t].Count == 0 ? Task.CompletedTask : WaitScoredAsync(http, portal.PhaseId, ids[t])));
            await JitQuietAsync();
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm-up round {round}: {warmup} uploads, {compiled} methods compiled"));
            if (compiled < 100)
            {
                break;
            }
        }
    }

    // Until no method was compiled for 2 s (at most a minute).
    private static async Task JitQuietAsync()
    {
        var quietSince = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (quietSince.Elapsed < TimeSpan.FromSeconds(2) && total.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(250);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != count)
            {
                count = now;
                quietSince.Restart();
            }
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    // Every client uploads its files back to back, all clients at once.
    private async Task<List<(Guid Id, DateTime StartedAt)>[]> ClosedLoopAsync(BenchmarkPortal portal, List<HttpClient> handlers) =>
        await Task.WhenAll(handlers.Select(async http =>
        {
            var mine = new List<(Guid Id, DateTime StartedAt)>();
            for (var i = 0; i < perClient; i++)
            {
                mine.Add(await UploadAsync(http, portal, DateTime.UtcNow));
            }

            return mine;
        }));

    // Upload i starts at i / rate seconds, on team i mod teams, whether or not the earlier ones have finished.
    private async Task<List<(Guid Id, DateTime StartedAt)>[]> OpenLoopAsync(BenchmarkPortal portal, List<HttpClient> handlers)
    {
        var total = rate * seconds;
        var clock = Stopwatch.StartNew();
        var started = new List<Task<(Guid Id, DateTime StartedAt)>>[handlers.Count];
        for (var t = 0; t < handlers.Count; t++)
        {
            started[t] = [];
        }

        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var http = handlers[i % handlers.Count];
            started[i % handlers.Count].Add(Task.Run(() => UploadAsync(http, portal, DateTime.UtcNow)));
        }

        return await Task.WhenAll(started.Select(async list => (await Task.WhenAll(list)).ToList()));
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

    /// <summary>
    /// Polls the team's list every second until every id is Scored; returns each one's scoredAt. The latency is the
    /// server's scoredAt, so polling less often changes no number, only the load 200 pollers put on the portal.
    /// </summary>
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

            await Task.Delay(1000);
        }
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
