using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// <c>medrec score</c> as a user runs it (a new process per run, its start-up included) against the Python reference
/// script (tools/reference/score.py) on the same 100k-record files of each task: one warm-up run each (which also
/// checks that both give the same metrics), then <c>runs</c> runs alternating the two; medians of wall time and of
/// the child's CPU time (all its threads), the ratios of both, and the start-up cost (the same command on 3-record
/// files) so the fixed part of a run can be told from the reading.
/// </summary>
internal sealed class CliBenchmark(TextWriter output, string repository, string medrec, int records, int runs, string? keep = null)
{
    /// <summary>How the benchmarked binary is made (docs/cli.md, "The fast binary").</summary>
    public const string PublishCommand = "dotnet publish src/MedRec.Portal.Cli -c Release -r linux-x64 --self-contained false -o artifacts/medrec";

    private readonly string python = Path.Combine(repository, "tools", "reference", "score.py");

    public int Run()
    {
        if (!File.Exists(medrec))
        {
            output.WriteLine($"medrec binary not found at {medrec}; publish it first from the repository root: {PublishCommand}");
            return 2;
        }

        // --keep DIR writes the files there and leaves them, to profile `medrec score` on exactly these inputs.
        var directory = keep is null ? Directory.CreateTempSubdirectory("medrec-cli-bench-") : Directory.CreateDirectory(keep);
        try
        {
            var (drugs, source) = CliBenchmarkFiles.CandidateDrugs(SharedData());
            output.WriteLine($"# medrec score vs the Python reference ({Environment.ProcessorCount} cores, load average {LoadAverage()}, {records:N0} records per task, {source})");
            output.WriteLine();
            output.WriteLine("Whole process, median of the runs: wall time in s, then the process's CPU time (all threads) in brackets.");
            output.WriteLine("Start-up is `medrec score` on 3-record files of the task (the fixed cost in every run).");
            output.WriteLine();
            output.WriteLine("| task | records | gold MiB | submission MiB | Python reference | medrec score | start-up | ratio (wall) | ratio (CPU) |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            var small = Directory.CreateDirectory(Path.Combine(directory.FullName, "start-up")).FullName;
            var cdrugred = CliBenchmarkFiles.WriteCDrugRed(directory.FullName, drugs, records);
            var cdrugredSmall = CliBenchmarkFiles.WriteCDrugRed(small, drugs, 3);
            var results = new List<Comparison>
            {
                Compare("CDrugRed", cdrugred.Gold, cdrugred.Submission, ["--task", "cdrugred", "--candidates", cdrugred.Candidates],
                    [.. Files(cdrugredSmall.Gold, cdrugredSmall.Submission), "--task", "cdrugred", "--candidates", cdrugredSmall.Candidates]),
            };
            var icd = CliBenchmarkFiles.WriteIcd(directory.FullName, records);
            var icdSmall = CliBenchmarkFiles.WriteIcd(small, 3);
            results.Add(Compare("ICD", icd.Gold, icd.Submission, ["--task", "icd"], [.. Files(icdSmall.Gold, icdSmall.Submission), "--task", "icd"]));
            output.WriteLine();
            foreach (var result in results)
            {
                output.WriteLine(result.Line);
            }

            output.WriteLine();
            var verdicts = string.Join("; ", results.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Task} {r.WallRatio:0.0}x wall ({(r.WallRatio >= TargetRatio ? "met" : "NOT met")}), {r.CpuRatio:0.0}x CPU")));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Target (issue 12): medrec score at least {TargetRatio:0}x faster than the Python reference, whole process, median of {runs}: {verdicts}."));
            output.WriteLine($"load average after: {LoadAverage()}");
            if (LoadOne() > Environment.ProcessorCount)
            {
                output.WriteLine($"The machine was busy (load above its {Environment.ProcessorCount} cores): wall times are stretched, and a short run like ours more than Python's; read the CPU ratios, or run again when it is quiet.");
            }

            return 0;
        }
        finally
        {
            if (keep is null)
            {
                directory.Delete(recursive: true);
            }
        }
    }

    private const double TargetRatio = 5;

    private sealed record Comparison(string Task, double WallRatio, double CpuRatio, string Line);

    private static string[] Files(string gold, string submission) => ["--gold", gold, "--submission", submission];

    private Comparison Compare(string task, string gold, string submission, string[] taskArguments, string[] startUpArguments)
    {
        var files = Files(gold, submission);
        string[] reference = [python, .. taskArguments.Take(2), .. files];
        string[] ours = ["score", .. taskArguments, .. files, "--json"];
        string[] startUp = ["score", .. startUpArguments, "--json"];

        // Warm-up: the page cache holds both files afterwards, and the two must agree before their times mean anything.
        var expected = Metrics(Execute("python3", reference).Stdout, nested: false);
        var actual = Metrics(Execute(medrec, ours).Stdout, nested: true);
        var difference = expected.Max(pair => Math.Abs(pair.Value - actual[pair.Key]));
        if (difference > 1e-9)
        {
            throw new InvalidOperationException($"{task}: medrec and the Python reference disagree by {difference}: {string.Join(", ", expected.Select(p => $"{p.Key} {p.Value} vs {actual[p.Key]}"))}");
        }

        Execute(medrec, startUp);
        var pythonRuns = new List<(double Wall, double Cpu)>();
        var medrecRuns = new List<(double Wall, double Cpu)>();
        var startUpRuns = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < runs; i++)
        {
            pythonRuns.Add(Execute("python3", reference).Time);
            medrecRuns.Add(Execute(medrec, ours).Time);
            startUpRuns.Add(Execute(medrec, startUp).Time);
        }

        var (pythonWall, pythonCpu) = Medians(pythonRuns);
        var (medrecWall, medrecCpu) = Medians(medrecRuns);
        var (startUpWall, startUpCpu) = Medians(startUpRuns);
        var ratio = pythonWall / medrecWall;
        var cpuRatio = pythonCpu / medrecCpu;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {task} | {records:N0} | {Mib(gold):0.0} | {Mib(submission):0.0} | {pythonWall:0.000} ({pythonCpu:0.000}) | {medrecWall:0.000} ({medrecCpu:0.000}) | {startUpWall:0.000} ({startUpCpu:0.000}) | {ratio:0.0}x | {cpuRatio:0.0}x |"));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{task}: medrec score {medrecWall:0.000} s, Python reference {pythonWall:0.000} s: {ratio:0.0}x faster (median of {runs}; CPU {medrecCpu:0.000} s vs {pythonCpu:0.000} s, {cpuRatio:0.0}x; start-up {startUpWall:0.000} s; metrics agree to {difference:0e0})");
        return new Comparison(task, ratio, cpuRatio, line);
    }

    // MEDREC_SHARED_DATA, else the first shared/data beside the checkout or a folder above it (worktrees sit deeper).
    private string SharedData()
    {
        if (Environment.GetEnvironmentVariable("MEDREC_SHARED_DATA") is { Length: > 0 } explicitFolder)
        {
            return explicitFolder;
        }

        for (var directory = new DirectoryInfo(repository).Parent; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(repository, "..", "shared", "data");
    }

    private static (string Stdout, (double Wall, double Cpu) Time) Execute(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var cpuBefore = ChildProcessClock.NowMilliseconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        var cpu = (ChildProcessClock.NowMilliseconds() - cpuBefore) ?? double.NaN;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}{stdout}");
        }

        return (stdout, (watch.Elapsed.TotalSeconds, cpu / 1000.0));
    }

    // The Python script prints {"score": ...}; medrec --json has them under "metrics".
    private static Dictionary<string, double> Metrics(string json, bool nested)
    {
        using var document = JsonDocument.Parse(json);
        var metrics = nested ? document.RootElement.GetProperty("metrics") : document.RootElement;
        return metrics.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
    }

    private static (double Wall, double Cpu) Medians(List<(double Wall, double Cpu)> times) =>
        (Median(times.Select(t => t.Wall)), Median(times.Select(t => t.Cpu)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double Mib(string path) => new FileInfo(path).Length / (1024.0 * 1024.0);

    private static double LoadOne() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : 0;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
