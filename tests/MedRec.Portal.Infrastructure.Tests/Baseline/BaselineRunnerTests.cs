using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class BaselineRunnerTests
{
    private static BaselineInputRecord[] ParityRecords(BaselinePackage package, int copies) =>
        Enumerable.Range(0, copies)
            .SelectMany(n => package.Manifest.Parity!.Cases.Select(c => new BaselineInputRecord(
                $"{c.Name}-{n}", c.Record.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal))))
            .ToArray();

    [Fact]
    public async Task WritesAnIcdSubmissionWithOneRowPerRecordInTheOfficialFormat()
    {
        using var cache = TestPackages.NewCache();
        var package = TestPackages.LoadDemo(TaskKind.Icd, cache);
        var records = ParityRecords(package, 3);

        var submission = await new BaselineRunner(cache).PredictAsync(package, records, cancellationToken: TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(submission.Json);
        json.RootElement.GetArrayLength().ShouldBe(records.Length);
        var primaryCodes = IcdCodeLists.Primary.Select(c => c.Code).ToHashSet();
        var additionalCodes = IcdCodeLists.Additional.Select(c => c.Code).ToHashSet();
        foreach (var (row, record) in json.RootElement.EnumerateArray().Zip(records))
        {
            row.GetProperty(IcdFields.RecordId).GetString().ShouldBe(record.Id);
            var text = row.GetProperty(IcdFields.Prediction).GetString()!;
            text.ShouldStartWith("[");
            text.ShouldEndWith("]");
            var parts = text[1..^1].Split('|');
            parts.Length.ShouldBe(2);
            primaryCodes.ShouldContain(parts[0]);
            var additional = parts[1].Split(';');
            additional.ShouldNotBeEmpty();
            additional.ShouldAllBe(code => additionalCodes.Contains(code));
        }
    }

    [Fact]
    public async Task WritesACDrugRedSubmissionRespectingTheDecodingCounts()
    {
        using var cache = TestPackages.NewCache();
        var package = TestPackages.LoadDemo(TaskKind.CDrugRed, cache);
        var records = ParityRecords(package, 2);
        var rule = package.Manifest.Decoding;
        var candidates = TestPackages.DemoCandidates().ToHashSet();

        var submission = await new BaselineRunner(cache).PredictAsync(package, records, cancellationToken: TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(submission.Json);
        var rows = json.RootElement.EnumerateArray().ToArray();
        rows.Select(r => r.GetProperty(CDrugRedFields.SubmissionId).GetString()).ShouldBe(records.Select(r => r.Id));
        foreach (var row in rows)
        {
            var drugs = row.GetProperty(CDrugRedFields.SubmissionPrediction).EnumerateArray().Select(d => d.GetString()!).ToArray();
            drugs.Length.ShouldBeGreaterThanOrEqualTo(rule.MinCount ?? 0);
            drugs.Length.ShouldBeLessThanOrEqualTo(rule.MaxCount ?? int.MaxValue);
            drugs.ShouldAllBe(d => candidates.Contains(d));
            drugs.Distinct().Count().ShouldBe(drugs.Length);
        }
    }

    [Fact]
    public async Task ReportsProgressUpToTheTotalAndTheCpuProviderWithoutCuda()
    {
        using var cache = TestPackages.NewCache(["CPUExecutionProvider"]);
        var package = TestPackages.LoadDemo(TaskKind.Icd, cache);
        var records = ParityRecords(package, 5).Take(20).ToArray();
        records.Length.ShouldBe(20);
        var reports = new List<BaselineRunProgress>();

        var run = await new BaselineRunner(cache).RunAsync(package, records, new SynchronousProgress(reports.Add), new BaselineRunOptions { BatchSize = 6 }, TestContext.Current.CancellationToken);

        run.Provider.ShouldBe(BaselineExecutionProvider.Cpu);
        reports.Select(r => r.Done).ShouldBe([6, 12, 18, 20]);
        reports.ShouldAllBe(r => r.Total == 20 && r.RecordsPerSecond > 0);
        run.RecordsPerSecond.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task FallsBackToTheCpuWhenTheListedCudaProviderCannotStart()
    {
        // This build has no CUDA provider: claiming one makes session creation fail, and the run must still
        // succeed on the CPU and say so.
        using var cache = TestPackages.NewCache(["CUDAExecutionProvider", "CPUExecutionProvider"]);
        var package = TestPackages.LoadDemo(TaskKind.Icd, cache);

        var run = await new BaselineRunner(cache).RunAsync(package, ParityRecords(package, 1), cancellationToken: TestContext.Current.CancellationToken);

        run.Provider.ShouldBe(BaselineExecutionProvider.Cpu);
        run.Scores.Count.ShouldBe(package.Manifest.Parity!.Cases.Count);
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        using var cache = TestPackages.NewCache();
        var package = TestPackages.LoadDemo(TaskKind.Icd, cache);
        var records = ParityRecords(package, 10);
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(_ => cancellation.Cancel());

        await Should.ThrowAsync<OperationCanceledException>(() =>
            new BaselineRunner(cache).RunAsync(package, records, progress, new BaselineRunOptions { BatchSize = 4 }, cancellation.Token));
    }

    [Fact]
    public async Task ConcurrentRunsOfOnePackageShareOneSession()
    {
        using var cache = TestPackages.NewCache();
        var package = TestPackages.LoadDemo(TaskKind.Icd, cache);
        var records = ParityRecords(package, 2);
        var runner = new BaselineRunner(cache);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => runner.RunAsync(package, records, cancellationToken: TestContext.Current.CancellationToken)));

        cache.Count.ShouldBe(1);
        runs.ShouldAllBe(r => r.Scores.Count == records.Length);
        runs[3].Scores[1].Outputs[0].ShouldBe(runs[0].Scores[1].Outputs[0]);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the report before the next batch.</summary>
    private sealed class SynchronousProgress(Action<BaselineRunProgress> report) : IProgress<BaselineRunProgress>
    {
        public void Report(BaselineRunProgress value) => report(value);
    }
}
