using System.Globalization;
using System.Text.Json;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Records per second of a baseline package (tokenising + inference) over 1,722 records, the size of a CDrugRed
/// phase, per batch size, after one warm-up batch. The task is the package's (default: the CDrugRed demo model).
/// The inputs are the task's real A-phase records from ../shared/data when present (repeated to 1,722), else
/// synthetic demo records: every record is cut and padded to the package's maxLength, so the cost per record hardly
/// depends on the text. Loading the package checks its parity cases (the trainer's outputs) on this runtime.
/// </summary>
internal sealed class BaselineThroughputBenchmark(TextWriter output, string? packageDirectory, string? inputsPath, IReadOnlyList<int> batches, bool allowGpu)
{
    public const int RecordCount = 1722;

    public async Task RunAsync()
    {
        var directory = packageDirectory ?? DemoBaselineModels.Directory(TaskKind.CDrugRed);
        var task = ManifestTask(directory);
        using var cache = new BaselineSessionCache(NullLogger<BaselineSessionCache>.Instance, allowGpu);
        var expectation = task == TaskKind.Icd ? BaselinePackageExpectation.ForIcd() : BaselinePackageExpectation.ForCDrugRed(ManifestLabels(directory));
        var load = new BaselinePackageLoader(cache).Load(directory, expectation);
        if (!load.IsValid)
        {
            throw new InvalidOperationException("the package is not valid: " + string.Join("; ", load.Errors));
        }

        var package = load.Package!;
        var (records, source) = Inputs(task);
        var runner = new BaselineRunner(cache);
        await runner.RunAsync(package, records.Take(8).ToArray());
        var provider = cache.GetOrCreate(package.Hash, []).Provider;
        output.WriteLine($"# Baseline throughput ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, provider {provider})");
        output.WriteLine();
        output.WriteLine($"Package: {package.Manifest.Name} (maxLength {package.Manifest.Input.MaxLength}); inputs: {records.Count:N0} records, {source}.");
        output.WriteLine();
        output.WriteLine("| batch | provider | seconds | records/s |");
        output.WriteLine("|---:|---|---:|---:|");
        foreach (var batch in batches)
        {
            var run = await runner.RunAsync(package, records, options: new BaselineRunOptions { BatchSize = batch });
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {batch} | {run.Provider} | {run.Elapsed.TotalSeconds:F1} | {run.RecordsPerSecond:F1} |"));
        }
    }

    private (IReadOnlyList<BaselineInputRecord> Records, string Source) Inputs(TaskKind task)
    {
        var path = inputsPath ?? RealInputs(task);
        var idKey = task == TaskKind.Icd ? IcdTaskDefinition.Instance.DatasetIdKey : CDrugRedFields.VisitId;
        IReadOnlyList<BaselineInputRecord> source;
        string description;
        if (path is null)
        {
            var demo = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = RecordCount, TrainRecords = 0 });
            source = BaselineInputRecord.ReadAll(demo[DemoFileRole.Inputs].OpenRead(), idKey);
            description = "synthetic demo records (real data not found)";
        }
        else
        {
            using var stream = File.OpenRead(path);
            source = BaselineInputRecord.ReadAll(stream, idKey);
            description = $"{source.Count:N0} records of {Path.GetFileName(path)} repeated";
        }

        return (Enumerable.Range(0, RecordCount).Select(i => source[i % source.Count]).ToArray(), description);
    }

    /// <summary>The real A-phase inputs: MEDREC_SHARED_DATA, or shared/data beside the checkout (never committed).</summary>
    private static string? RealInputs(TaskKind task)
    {
        var file = task == TaskKind.Icd ? "icd/ICD-Coding-test-A.json" : "cdrugred/CDrugRed_test-A.jsonl";
        var root = Environment.GetEnvironmentVariable("MEDREC_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(root))
        {
            return File.Exists(Path.Combine(root, file)) ? Path.Combine(root, file) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static TaskKind ManifestTask(string directory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "model.json")));
        return string.Equals(manifest.RootElement.GetProperty("task").GetString(), "icd", StringComparison.OrdinalIgnoreCase) ? TaskKind.Icd : TaskKind.CDrugRed;
    }

    private static string[] ManifestLabels(string directory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "model.json")));
        return manifest.RootElement.GetProperty("labels").GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }
}
