using System.Diagnostics;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Times the leaderboard with 2,000 teams and 50,000 scored submissions: the GetBoard use case (full computation
/// after a change, and the cached board under different sorts, searches and pages) and the render of the board
/// component's page of 50 rows. Wall times, p50 and p95, on SQLite and (when configured) PostgreSQL.
/// </summary>
internal sealed class BoardBenchmark(TextWriter output, int teams, int submissions, int runs, bool profile = false)
{
    // With --profile, each step's last run logs its SQL commands and their durations (to stderr), to see which query costs.
    private static volatile bool s_logSql;

    public async Task RunAsync(IReadOnlyList<string> providers)
    {
        output.WriteLine($"# Leaderboard benchmark: {teams:N0} teams, {submissions:N0} scored submissions, {runs} runs per step ({System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores)");
        output.WriteLine();
        output.WriteLine("Times in ms, p50 | p95: wall time (inflated by other work on a shared machine), then the process's CPU time");
        output.WriteLine("(all threads, the database engine's included for SQLite, which runs in-process).");
        output.WriteLine();
        output.WriteLine("| provider | step | wall p50 | wall p95 | CPU p50 | CPU p95 |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var provider in providers)
        {
            await RunProviderAsync(provider);
        }
    }

    private async Task RunProviderAsync(string provider)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(
            provider,
            reason => output.WriteLine($"| {provider} | {reason} | | | | |"),
            (category, level) => s_logSql && category == "Microsoft.EntityFrameworkCore.Database.Command" && level >= LogLevel.Information);
        if (database is null)
        {
            return;
        }

        var services = database.Services;
        var seeding = Stopwatch.StartNew();
        var phaseId = await BoardSeed.FillAsync(services, teams, submissions, CancellationToken.None);
        await database.AnalyzeAsync();
        Console.Error.WriteLine($"{provider}: seeded in {seeding.Elapsed.TotalSeconds:F1} s");

        var handler = ActivatorUtilities.CreateInstance<GetBoardHandler>(services);
        var cache = services.GetRequiredService<BoardCache>();
        await using var renderer = new BoardRenderer();
        var first = await QueryAsync(handler, new GetBoardQuery(null, phaseId));
        if (first.Rows.TotalCount != teams + 2)
        {
            throw new InvalidOperationException($"expected {teams + 2} rows (teams and baselines), got {first.Rows.TotalCount}");
        }

        await StepAsync(provider, "GetBoard after a change (board recomputed, page 1)", async () =>
        {
            cache.Invalidate(phaseId);
            await QueryAsync(handler, new GetBoardQuery(null, phaseId));
        }, Math.Max(5, runs / 5));
        await StepAsync(provider, "GetBoard cached, page 1 by rank", () => QueryAsync(handler, new GetBoardQuery(null, phaseId)));
        await StepAsync(provider, "GetBoard cached, sorted by F1, page 20", () => QueryAsync(handler, new GetBoardQuery(null, phaseId, SortBy: "f1", Page: 20)));
        await StepAsync(provider, "GetBoard cached, search \"Team 12\", sorted by time", () => QueryAsync(handler, new GetBoardQuery(null, phaseId, SortBy: BoardSort.Time, Search: "Team 12")));
        await StepAsync(provider, "render the page of 50 rows (BoardTable)", () => renderer.RenderAsync(first));
        await StepAsync(provider, "new score shown: recompute + render", async () =>
        {
            cache.Invalidate(phaseId);
            await renderer.RenderAsync(await QueryAsync(handler, new GetBoardQuery(null, phaseId)));
        }, Math.Max(5, runs / 5));
    }

    private static async Task<BoardView> QueryAsync(GetBoardHandler handler, GetBoardQuery query)
    {
        var result = await handler.Handle(query, CancellationToken.None);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.ToString());
    }

    private async Task StepAsync(string provider, string step, Func<Task> action, int? count = null)
    {
        for (var i = 0; i < 2; i++)
        {
            await action();
        }

        var times = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < (count ?? runs); i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        if (profile)
        {
            Console.Error.WriteLine($"--- {provider}: {step}");
            s_logSql = true;
            await action();
            await Task.Delay(200);
            s_logSql = false;
        }

        var result = Percentiles.Of(times);
        output.WriteLine($"| {provider} | {step} ({result.Runs} runs) | {result} | {Percentiles.Of(cpu)} |");
    }
}
