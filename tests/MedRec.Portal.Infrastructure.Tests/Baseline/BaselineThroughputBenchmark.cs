using System.Globalization;
using MedRec.Portal.DemoData;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

/// <summary>
/// Records per second of a CDrugRed package on this machine (docs/baseline-model.md, "Measurements"). Runs only
/// when MEDREC_BASELINE_BENCH=1, because it takes a minute of both cores:
/// <code>
/// MEDREC_BASELINE_BENCH=1 [MEDREC_BASELINE_BENCH_PACKAGE=dir] [MEDREC_BASELINE_BENCH_INPUTS=file.jsonl] \
///   [MEDREC_BASELINE_BENCH_BATCHES=1,32] dotnet test tests/MedRec.Portal.Infrastructure.Tests \
///   --filter "FullyQualifiedName~BaselineThroughputBenchmark" --logger "console;verbosity=detailed"
/// </code>
/// Defaults: the demo CDrugRed model, 1,722 demo input visits, batch size 32. The package's candidate list is taken
/// from its own manifest, so any CDrugRed package can be measured.
/// </summary>
public sealed class BaselineThroughputBenchmark
{
    private const int RecordCount = 1722;

    [Fact]
    public async Task MeasuresRecordsPerSecondOnCDrugRedInputs()
    {
        if (Environment.GetEnvironmentVariable("MEDREC_BASELINE_BENCH") != "1")
        {
            Assert.Skip("benchmark: set MEDREC_BASELINE_BENCH=1 to run it");
        }

        var packageDirectory = Environment.GetEnvironmentVariable("MEDREC_BASELINE_BENCH_PACKAGE") ?? TestPackages.DemoDirectory(TaskKind.CDrugRed);
        var labels = ManifestLabels(packageDirectory);
        using var cache = TestPackages.NewCache();
        var load = new BaselinePackageLoader(cache).Load(packageDirectory, BaselinePackageExpectation.ForCDrugRed(labels));
        load.Errors.ShouldBeEmpty();
        var records = Inputs();
        var output = TestContext.Current.TestOutputHelper!;
        var batches = (Environment.GetEnvironmentVariable("MEDREC_BASELINE_BENCH_BATCHES") ?? "32").Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture));

        // One warm-up batch so session creation and first-call allocation are not measured.
        var runner = new BaselineRunner(cache);
        await runner.RunAsync(load.Package!, records.Take(8).ToArray(), cancellationToken: TestContext.Current.CancellationToken);
        foreach (var batch in batches)
        {
            var run = await runner.RunAsync(load.Package!, records, options: new BaselineRunOptions { BatchSize = batch }, cancellationToken: TestContext.Current.CancellationToken);
            run.Scores.Count.ShouldBe(records.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{records.Count} records, maxLength {load.Package!.Manifest.Input.MaxLength}, batch {batch}, {run.Provider}, {Environment.ProcessorCount} cores: {run.Elapsed.TotalSeconds:F1} s, {run.RecordsPerSecond:F1} records/s"));
        }
    }

    private static IReadOnlyList<BaselineInputRecord> Inputs()
    {
        var path = Environment.GetEnvironmentVariable("MEDREC_BASELINE_BENCH_INPUTS");
        IReadOnlyList<BaselineInputRecord> source;
        if (path is null)
        {
            var demo = DemoDataGenerator.Generate(TaskKind.CDrugRed, new DemoDataOptions { Records = RecordCount, TrainRecords = 0 });
            source = BaselineInputRecord.ReadAll(demo[DemoFileRole.Inputs].OpenRead(), CDrugRedFields.VisitId);
        }
        else
        {
            using var stream = File.OpenRead(path);
            source = BaselineInputRecord.ReadAll(stream, CDrugRedFields.VisitId);
        }

        // Repeat the file's records when it has fewer than 1,722 (the measurement is per record).
        return Enumerable.Range(0, RecordCount).Select(i => source[i % source.Count]).ToArray();
    }

    private static string[] ManifestLabels(string directory)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "model.json")));
        return manifest.RootElement.GetProperty("labels").GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }
}
