using System.Diagnostics;
using System.Globalization;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Times the organiser's one-click results export (the <c>ExportResultsCommand</c> use case, as the export endpoint
/// runs it) on the leaderboard benchmark's data: 2,000 teams, 50,000 scored submissions with one quota-ledger line
/// each, two baselines. Per format: wall time, the bytes the export allocated, the process's peak working set, and
/// the size of the file.
/// </summary>
internal sealed class ExportBenchmark(TextWriter output, int teams, int submissions, int runs)
{
    public async Task RunAsync(IReadOnlyList<string> providers)
    {
        output.WriteLine($"# Results export benchmark: {teams:N0} teams, {submissions:N0} scored submissions and ledger lines, {runs} runs per format ({System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores)");
        output.WriteLine();
        output.WriteLine("| provider | format | wall p50 (ms) | wall max (ms) | allocated per export (MB) | peak working set (MB) | file (MB) |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var provider in providers)
        {
            await RunProviderAsync(provider);
        }
    }

    private async Task RunProviderAsync(string provider)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider, reason => output.WriteLine($"| {provider} | {reason} | | | | | |"));
        if (database is null)
        {
            return;
        }

        var seeding = Stopwatch.StartNew();
        var phaseId = await BoardSeed.FillAsync(database.Services, teams, submissions, CancellationToken.None);
        var taskId = await AddLedgerAsync(database, phaseId);
        await database.AnalyzeAsync();
        Console.Error.WriteLine($"{provider}: seeded in {seeding.Elapsed.TotalSeconds:F1} s");

        var handler = ActivatorUtilities.CreateInstance<ExportResultsHandler>(database.Services);
        foreach (var format in new[] { ExportFormat.Xlsx, ExportFormat.CsvZip })
        {
            var command = new ExportResultsCommand(Actor.Organizer(Guid.CreateVersion7()), taskId, format, "zh-CN");
            var file = await ExportAsync(handler, command);
            var times = new List<double>();
            long allocated = 0;
            for (var i = 0; i < runs; i++)
            {
                GC.Collect();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                file = await ExportAsync(handler, command);
                times.Add(watch.Elapsed.TotalMilliseconds);
                allocated = Math.Max(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
            }

            using var process = Process.GetCurrentProcess();
            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {provider} | {format} | {times[times.Count / 2]:0} | {times[^1]:0} | {allocated / 1e6:0} | {process.PeakWorkingSet64 / 1e6:0} | {file.Content.Length / 1e6:0.0} |"));
        }
    }

    private static async Task<ExportFile> ExportAsync(ExportResultsHandler handler, ExportResultsCommand command)
    {
        var result = await handler.Handle(command, CancellationToken.None);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.ToString());
    }

    // The board seed writes no quota ledger; a real phase has one line per upload, and the ledger is a sheet of its own.
    private static async Task<Guid> AddLedgerAsync(BenchmarkDatabase database, Guid phaseId)
    {
        await using var db = await database.OpenAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var rows = await db.Submissions.AsNoTracking().Where(s => s.PhaseId == phaseId)
            .Select(s => new { s.Id, s.TeamId, s.SubmittedAt, s.QuotaDay, s.SubmittedByUserId, s.TaskId })
            .ToListAsync();
        foreach (var row in rows)
        {
            db.QuotaLedger.Add(new QuotaLedgerEntry(Guid.CreateVersion7(), phaseId, row.TeamId, row.SubmittedAt, row.QuotaDay, QuotaLedgerKind.Counted, row.Id, 0, "Counted: submission 1 of 100 on 2025-06-01 (Asia/Shanghai).", row.SubmittedByUserId));
        }

        await db.SaveChangesAsync();
        return rows[0].TaskId;
    }
}
