using System.Diagnostics;
using System.Globalization;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Times the scorer on synthetic files with a Stopwatch harness: each step runs several times after a warm-up and the
/// median is reported, with the bytes allocated by one run. Steps: reading the gold, reading and validating the
/// submission against the gold identifiers, and scoring the parsed submission.
/// </summary>
internal sealed class ScoringBenchmark(TextWriter output, bool quick, int[]? onlySizes = null)
{
    // The 100k-record files are larger than the default 20 MiB upload limit; the benchmark measures parsing, not the limit.
    private static readonly ScoringOptions Unlimited = new() { MaxBytes = long.MaxValue };

    public void Run()
    {
        var directory = Directory.CreateTempSubdirectory("medrec-bench-");
        try
        {
            output.WriteLine($"# Scoring benchmark ({RuntimeDescription()})");
            output.WriteLine();
            output.WriteLine("Times are medians in ms: thread CPU time, then wall time in brackets (wall time varies with machine load).");
            output.WriteLine();
            output.WriteLine("| task | records | submission MiB | read gold | read + validate submission | score (parsed) | Score(stream) whole | allocated by Score(stream) MiB | allocated / file size |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            var cdrugred = new CDrugRedTaskDefinition(SyntheticFiles.CandidateDrugs);
            int[] sizes = onlySizes ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
            foreach (var size in sizes)
            {
                var (gold, submission) = SyntheticFiles.WriteCDrugRed(directory.FullName, size, size);
                Measure("CDrugRed", cdrugred, size, gold, submission);
            }

            foreach (var size in sizes)
            {
                var (gold, submission) = SyntheticFiles.WriteIcd(directory.FullName, size, size);
                Measure("ICD", IcdTaskDefinition.Instance, size, gold, submission);
            }

            output.WriteLine();
            foreach (var target in targets)
            {
                output.WriteLine(target);
            }

            MeasurePhase(cdrugred, directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private readonly List<string> targets = [];

    private int Runs(int size) => quick ? 3 : size >= 100_000 ? 5 : 9;

    private void Measure(string name, TaskDefinition task, int size, string goldPath, string submissionPath)
    {
        var runs = Runs(size);
        var readGold = Time(runs, () => ReadGold(task, goldPath));
        var gold = ReadGold(task, goldPath);
        var readSubmission = Time(runs, () => ReadSubmission(task, gold, submissionPath));
        var submission = ReadSubmission(task, gold, submissionPath);
        var score = Time(runs, () => SubmissionScorer.Score(task, gold, submission));
        var whole = Time(runs, () =>
        {
            using var stream = File.OpenRead(submissionPath);
            return SubmissionScorer.Score(task, gold, stream, Unlimited).ShouldBeScored();
        });
        var bytes = new FileInfo(submissionPath).Length;
        var mib = bytes / (1024.0 * 1024.0);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {size:N0} | {mib:0.0} | {readGold} | {readSubmission} | {score} | {whole} | {whole.Allocated / (1024.0 * 1024.0):0.0} | {(double)whole.Allocated / bytes:0.00}x |"));
        if (size >= 100_000)
        {
            targets.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Target: {name} {size:N0} records read + validate + score under 150 ms CPU and allocating at most 2x the file: {whole.CpuMilliseconds:0} ms, {(double)whole.Allocated / bytes:0.00}x ({(whole.CpuMilliseconds < 150 && whole.Allocated <= 2 * bytes ? "met" : "NOT met")})."));
        }
    }

    // The size of a CDrugRed test phase: the benchmark the brief asks to stay well under 10 ms.
    private void MeasurePhase(CDrugRedTaskDefinition task, string directory)
    {
        const int visits = 1_722;
        var (goldPath, submissionPath) = SyntheticFiles.WriteCDrugRed(directory, visits, 1722);
        var gold = ReadGold(task, goldPath);
        var submission = ReadSubmission(task, gold, submissionPath);
        var score = Time(quick ? 21 : 201, () => SubmissionScorer.Score(task, gold, submission));
        var whole = Time(quick ? 5 : 51, () =>
        {
            using var stream = File.OpenRead(submissionPath);
            return SubmissionScorer.Score(task, gold, stream, Unlimited).ShouldBeScored();
        });
        var bytes = new FileInfo(submissionPath).Length;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"CDrugRed phase of {visits:N0} visits: scoring after parsing {score} ms ({score.Allocated / 1024.0:0} KiB allocated); read + validate + score from the file {whole} ms, {whole.Allocated / 1024.0:0} KiB allocated ({(double)whole.Allocated / bytes:0.00}x the file's {bytes / 1024.0:0} KiB)."));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Target: read + validate + score of a {visits:N0}-visit phase under 2 ms CPU: {whole.CpuMilliseconds:0.00} ms ({(whole.CpuMilliseconds < 2 ? "met" : "NOT met")})."));
    }

    private static GoldSet ReadGold(TaskDefinition task, string path)
    {
        using var stream = File.OpenRead(path);
        return GoldSet.Read(task, stream);
    }

    private static Submission ReadSubmission(TaskDefinition task, GoldSet gold, string path)
    {
        using var stream = File.OpenRead(path);
        var result = SubmissionReader.Read(task, stream, gold.IdSet, Unlimited);
        return result.Submission ?? throw new InvalidOperationException($"The synthetic submission was rejected: {result.Report.Errors[0]}");
    }

    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="runs"/> times, collecting garbage before each.</summary>
    private static Measurement Time<T>(int runs, Func<T> action)
    {
        GC.KeepAlive(action());
        var cpu = new double[runs];
        var wall = new double[runs];
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = ThreadCpuClock.NowMilliseconds();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            watch.Stop();
            cpu[i] = (ThreadCpuClock.NowMilliseconds() - cpuBefore) ?? double.NaN;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            wall[i] = watch.Elapsed.TotalMilliseconds;
        }

        return new Measurement(Median(cpu), Median(wall), allocated);
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }

    private static string RuntimeDescription() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
}
