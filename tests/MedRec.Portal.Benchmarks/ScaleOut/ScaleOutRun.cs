using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using MedRec.Portal.Application.Features.Submissions;
using Npgsql;

namespace MedRec.Portal.Benchmarks.ScaleOut;

/// <summary>
/// tests/scripts/scale-out.sh: two web instances and two scoring worker processes of the real portal binary on one
/// PostgreSQL database and one Redis (plus nginx in front), on loopback. Logs in through web A and uses the cookie on
/// web B; uploads files through the API, spread over A, B and nginx, by many teams at once; <c>kill -9</c>s a worker
/// halfway and restarts it; listens to the board's event stream on B while the workers score; and ends with one line:
/// how many were accepted, scored exactly once, lost, scored twice, and how long after its score was saved each
/// reached B's live board (p95). Exit status 1 when any goal is missed (lost 0, duplicated 0, S = A, P &lt; 1000 ms,
/// session moved).
/// </summary>
internal sealed class ScaleOutRun(TextWriter output, int clients, int perClient, int records, int loopsPerWorker)
{
    private const int WebInstances = 2;
    private const int WorkerProcesses = 2;

    public async Task<int> RunAsync(string postgresServer)
    {
        var directory = Directory.CreateTempSubdirectory("medrec-scale-out-").FullName;
        var connection = new NpgsqlConnectionStringBuilder(postgresServer) { Database = $"medrec_scale_{Guid.NewGuid():N}"[..26] }.ConnectionString;
        var cluster = new PortalCluster(connection, directory);
        BenchmarkPortal? seed = null;
        var keep = false;
        try
        {
            await cluster.StartRedisAsync();
            var a = await cluster.StartWebAsync("web-a");
            seed = new BenchmarkPortal("Postgres", connection, Path.Combine(directory, "seed"), new Dictionary<string, string> { ["Portal:Roles"] = "Web" });
            await seed.StartAsync(clients, records, listen: false);
            var b = await cluster.StartWebAsync("web-b");
            for (var i = 1; i <= WorkerProcesses; i++)
            {
                await cluster.StartWorkerAsync($"worker-{i}", loopsPerWorker);
            }

            var proxy = await cluster.StartNginxAsync();
            output.WriteLine($"scale-out: web {a} and {b} behind nginx {proxy}, {WorkerProcesses} worker processes x {loopsPerWorker} loops, Redis {cluster.Redis}, logs in {cluster.Logs}");

            var (sessionOk, sessionDetail) = await SessionCheck.MovesAsync(a, b, seed.Emails[0], BenchmarkPortal.Password);
            output.WriteLine($"  session: {sessionDetail}");
            var (proxyOk, proxyDetail) = await SessionCheck.MovesAsync(proxy, b, seed.Emails[1], BenchmarkPortal.Password);
            output.WriteLine($"  session through nginx: {proxyDetail}");

            await using var feed = new BoardFeed();
            await feed.StartAsync(b, seed.PhaseId, seed.Tokens[0]);
            var (accepted, wall) = await UploadWithOneKillAsync(seed, [a, b, proxy], cluster.Workers[0].Process, cluster.Workers[0].Url, cluster);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  accepted {accepted.Count} uploads in {wall.TotalSeconds:0.0} s over A, B and nginx; killed {cluster.Workers[0].Process.Name} halfway (kill -9) and restarted it"));

            var outcome = await WaitScoredAsync(connection, accepted, TimeSpan.FromMinutes(3));
            var drained = outcome.LastScoredAt - outcome.FirstUploadAt;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all scored {drained.TotalSeconds:0.0} s after the first upload = {outcome.ScoredOnce / Math.Max(0.001, drained.TotalSeconds):0.0} scored/s"));

            // The last coalesced board change goes out at most one interval after the last score.
            await Task.Delay(1500);
            var live = outcome.ScoredAt.Select(at => feed.HeardOf(at) is { } heard ? (heard - at).TotalMilliseconds : double.PositiveInfinity).Order().ToList();
            var p95 = live.Count == 0 ? double.PositiveInfinity : Percentiles.Of(live).P95;
            var lost = accepted.Count - outcome.ScoredOnce - outcome.Duplicated;
            var kills = cluster.Workers.Sum(w => w.Process.Kills);
            var moved = sessionOk && proxyOk;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scale-out: web {WebInstances}, workers {WorkerProcesses}, accepted {accepted.Count}, scored once {outcome.ScoredOnce}, lost {lost}, duplicated {outcome.Duplicated}, worker kills {kills}, live on other instance p95 {(double.IsInfinity(p95) ? "inf" : p95.ToString("0", CultureInfo.InvariantCulture))} ms, session moved {(moved ? "ok" : "fail")}"));
            var met = lost == 0 && outcome.Duplicated == 0 && outcome.ScoredOnce == accepted.Count && p95 < 1000 && moved && kills > 0;
            if (!met)
            {
                keep = true;
                output.WriteLine($"scale-out: a goal was missed; logs kept in {cluster.Logs}");
            }

            return met ? 0 : 1;
        }
        catch (Exception)
        {
            keep = true;
            output.WriteLine($"scale-out: failed; logs kept in {cluster.Logs}");
            foreach (var (process, _) in cluster.Web.Concat(cluster.Workers))
            {
                output.WriteLine($"--- {process.Name} log tail ---\n{process.Tail()}");
            }

            throw;
        }
        finally
        {
            await cluster.DisposeAsync();
            if (seed is not null)
            {
                await seed.DisposeAsync();
            }

            await DropAsync(postgresServer, connection);
            try
            {
                if (!keep)
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
                // Left for the temp folder's cleanup.
            }
        }
    }

    /// <summary>Every client uploads its files back to back, round-robin over the entry points; a worker dies halfway.</summary>
    private async Task<(List<(Guid Id, DateTime StartedAt)> Accepted, TimeSpan Wall)> UploadWithOneKillAsync(BenchmarkPortal seed, Uri[] entries, ChildProcess victim, Uri victimUrl, PortalCluster cluster)
    {
        var total = clients * perClient;
        var count = 0;
        Task? kill = null;
        var wall = Stopwatch.StartNew();
        var results = await Task.WhenAll(seed.Tokens.Select(async (token, client) =>
        {
            var mine = new List<(Guid, DateTime)>();
            for (var i = 0; i < perClient; i++)
            {
                using var http = new HttpClient { BaseAddress = entries[(client + i) % entries.Length], Timeout = TimeSpan.FromMinutes(2) };
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                mine.Add(await ApiThroughputBenchmark.UploadAsync(http, seed, DateTime.UtcNow));
                if (Interlocked.Increment(ref count) == total / 2)
                {
                    kill = Task.Run(async () =>
                    {
                        victim.KillHard();
                        await Task.Delay(500);
                        victim.Restart();
                        await cluster.WaitHealthyAsync(victim, victimUrl, TimeSpan.FromSeconds(120));
                    });
                }
            }

            return mine;
        }));
        var elapsed = wall.Elapsed;
        if (kill is not null)
        {
            await kill;
        }

        return ([.. results.SelectMany(r => r)], elapsed);
    }

    private static async Task<Outcome> WaitScoredAsync(string connection, List<(Guid Id, DateTime StartedAt)> accepted, TimeSpan timeout)
    {
        var ids = accepted.Select(a => a.Id).ToArray();
        var deadline = DateTime.UtcNow + timeout;
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        while (true)
        {
            await using var pending = new NpgsqlCommand("""SELECT count(*) FROM "Submissions" WHERE "Id" = ANY(@ids) AND "Status" IN ('Queued', 'Scoring')""", db);
            pending.Parameters.AddWithValue("ids", ids);
            if ((long)(await pending.ExecuteScalarAsync())! == 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(250);
        }

        // Scored exactly once: status Scored and one "scored" audit entry; twice or more: duplicated.
        await using var scored = new NpgsqlCommand("""
            SELECT s."ScoredAt", (SELECT count(*) FROM "AuditEvents" e WHERE e."Action" = @action AND e."EntityId" = s."Id"::text)
            FROM "Submissions" s WHERE s."Id" = ANY(@ids) AND s."Status" = 'Scored'
            """, db);
        scored.Parameters.AddWithValue("ids", ids);
        scored.Parameters.AddWithValue("action", SubmissionAuditActions.Scored);
        var once = new List<DateTime>();
        var duplicated = 0;
        await using (var reader = await scored.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var audits = reader.GetInt64(1);
                if (audits == 1)
                {
                    once.Add(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc));
                }
                else if (audits > 1)
                {
                    duplicated++;
                }
            }
        }

        return new Outcome(once.Count, duplicated, once, accepted.Min(a => a.StartedAt), once.Count == 0 ? DateTime.UtcNow : once.Max());
    }

    private static async Task DropAsync(string server, string connection)
    {
        var name = new NpgsqlConnectionStringBuilder(connection).Database;
        NpgsqlConnection.ClearAllPools();
        await using var db = new NpgsqlConnection(server);
        await db.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", db);
        await drop.ExecuteNonQueryAsync();
    }

    private sealed record Outcome(int ScoredOnce, int Duplicated, List<DateTime> ScoredAt, DateTime FirstUploadAt, DateTime LastScoredAt);
}
