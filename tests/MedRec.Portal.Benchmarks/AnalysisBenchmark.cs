using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Analysis;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Times the results analysis (docs/analysis.md) on a final-phase-sized board: 100 entries scored by the real scorer
/// on 1,722 synthetic CDrugRed visits, 1,000 bootstrap resamples. Scoring is done once beforehand and not timed: the
/// analysis resamples the per-record scores. Reports the median wall time of several runs.
/// </summary>
internal sealed class AnalysisBenchmark(TextWriter output, int entries, int records, int resamples, int runs)
{
    public void Run()
    {
        var directory = Directory.CreateTempSubdirectory("medrec-analysis-bench-");
        try
        {
            var task = new CDrugRedTaskDefinition(SyntheticFiles.CandidateDrugs);
            var (goldPath, _) = SyntheticFiles.WriteCDrugRed(directory.FullName, records, seed: records);
            CDrugRedGold gold;
            using (var stream = File.OpenRead(goldPath))
            {
                gold = (CDrugRedGold)GoldSet.Read(task, stream);
            }

            var scoring = Stopwatch.StartNew();
            var scored = Enumerable.Range(0, entries).Select(e => new AnalysisEntry($"team-{e:000}", Score(task, gold, e))).ToList();
            scoring.Stop();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Analysis benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scored {entries} synthetic CDrugRed entries of {records:N0} visits once beforehand in {scoring.Elapsed.TotalSeconds:0.00} s (not part of the analysis time)"));

            var options = AnalysisOptions.Default with { Resamples = resamples };
            ResultsAnalyzer.Analyze(task, scored, options); // warm-up (JIT)
            var times = new double[runs];
            AnalysisReport? report = null;
            for (var run = 0; run < runs; run++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                report = ResultsAnalyzer.Analyze(task, scored, options);
                times[run] = watch.Elapsed.TotalSeconds;
                if (run == 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated by one analysis: {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0):0.0} MiB"));
                }
            }

            Array.Sort(times);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bands: {report!.Entries[^1].Band} over {entries} entries; pairs tested: {report.Pairs.Count:N0}; labels: {report.PooledLabels.Count}"));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"analysis of {entries} entries x {records:N0} records x {resamples:N0} resamples: {times[runs / 2]:0.000} s (median of {runs} runs; min {times[0]:0.000} s, max {times[^1]:0.000} s)"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // Entry e keeps each gold drug with a probability between 0.35 and 0.85 and adds a few wrong ones, so the board
    // has real spread: some neighbours differ significantly, some do not.
    private static Scoring.Metrics.ScoreResult Score(CDrugRedTaskDefinition task, CDrugRedGold gold, int entry)
    {
        var random = new Random(1_000 + entry);
        var keep = 0.35 + (0.5 * entry / 100.0);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var visit in gold.Records)
            {
                writer.WriteStartObject();
                writer.WriteString("ID", visit.Id);
                writer.WriteStartArray("prediction");
                foreach (var drug in visit.Drugs.Where(_ => random.NextDouble() < keep)
                    .Concat(Enumerable.Range(0, random.Next(4)).Select(_ => SyntheticFiles.CandidateDrugs[random.Next(SyntheticFiles.CandidateCount)]))
                    .Distinct(StringComparer.Ordinal))
                {
                    writer.WriteStringValue(drug);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        buffer.Position = 0;
        return SubmissionScorer.Score(task, gold, buffer).ShouldBeScored().Result;
    }
}
