using MedRec.Portal.Scoring.Analysis;
using MedRec.Portal.Scoring.Gold;

namespace MedRec.Portal.Scoring.Tests.Analysis;

public sealed class ResultsAnalyzerTests
{
    // Per-record acc: A = [1, 1, 0.5, 0] (Acc 0.625), B = [0.5, 0.5, 0.5, 0] (Acc 0.375).
    private static readonly IcdGold FourRecords = new(
    [
        new IcdGoldRecord("g1", "I21.401", new HashSet<string> { "E11.900" }),
        new IcdGoldRecord("g2", "I20.000", new HashSet<string> { "E78.500" }),
        new IcdGoldRecord("g3", "I50.900x018", new HashSet<string> { "I48.x01" }),
        new IcdGoldRecord("g4", "I21.401", new HashSet<string> { "E11.900" }),
    ]);

    private static readonly AnalysisEntry A = new("A", AnalysisInput.ScoreIcd(FourRecords, "I21.401|E11.900", "I20.000|E78.500", "I50.900x018|E11.900", "I20.000|E78.500"));
    private static readonly AnalysisEntry B = new("B", AnalysisInput.ScoreIcd(FourRecords, "I21.401|E78.500", "I20.000|E11.900", "I20.000|I48.x01", "I20.000|E78.500"));

    [Fact]
    public void HandComputedIntervalAndPairedTest()
    {
        // Resample means: A 0.875, 0.375, 0.625; B 0.5, 0.25, 0.375; every d* > 0.
        int[][] resamples = [[0, 0, 1, 2], [3, 3, 2, 1], [0, 1, 2, 3]];
        var report = AnalysisInput.Analyze(TestInput.Icd, [B, A], AnalysisOptions.Default, new FixedResamples(resamples));

        report.Entries.Select(e => e.Name).ShouldBe(["A", "B"]);
        var a = report.Entries[0];
        a.Score.ShouldBe(0.625);
        a.Rank.ShouldBe(1);
        a.InputIndex.ShouldBe(1);
        // Sorted A means 0.375, 0.625, 0.875: type-7 quantiles at h = 2 · 0.025 = 0.05 and h = 2 · 0.975 = 1.95.
        a.CiLow.ShouldBe(0.3875, 1e-12);
        a.CiHigh.ShouldBe(0.8625, 1e-12);
        var b = report.Entries[1];
        b.CiLow.ShouldBe(0.25 + (0.05 * 0.125), 1e-12);
        b.CiHigh.ShouldBe(0.375 + (0.95 * 0.125), 1e-12);

        var pair = report.Pair(0, 1);
        pair.A.ShouldBe("A");
        pair.B.ShouldBe("B");
        pair.Difference.ShouldBe(0.25);
        // p = min(1, 2 · (1 + 0) / (3 + 1)).
        pair.PValue.ShouldBe(0.5);
        report.Entries.Select(e => e.Band).ShouldBe([1, 1], "p = 0.5 is not significant");
    }

    [Fact]
    public void TheScoreIsTheScorersToTheLastDigit()
    {
        var (_, entry) = AnalysisInput.RandomIcd(300, seed: 1);
        var entries = new[] { entry(0.6, 1), entry(0.7, 2) };
        var report = AnalysisInput.Analyze(TestInput.Icd, entries);
        foreach (var analysed in report.Entries)
        {
            analysed.Score.ShouldBe(entries[analysed.InputIndex].Result.Metrics.Primary);
        }
    }

    [Fact]
    public void EveryIntervalContainsItsScore()
    {
        var (_, entry) = AnalysisInput.RandomIcd(200, seed: 2);
        var entries = Enumerable.Range(0, 12).Select(i => entry(0.3 + (0.05 * i), 100 + i)).ToList();
        var report = AnalysisInput.Analyze(TestInput.Icd, entries, AnalysisOptions.Default with { Resamples = 500 });
        report.Entries.ShouldAllBe(e => e.CiLow <= e.Score && e.Score <= e.CiHigh && e.CiLow < e.CiHigh);
    }

    [Fact]
    public void AnIntervalOfRecordsThatAllScoreTheSameIsThatScore()
    {
        var gold = new IcdGold([.. Enumerable.Range(0, 10).Select(i => new IcdGoldRecord($"r{i}", "I21.401", new HashSet<string> { "E11.900" }))]);
        var entry = new AnalysisEntry("half", AnalysisInput.ScoreIcd(gold, [.. Enumerable.Repeat("I20.000|E11.900", 10)]));
        var analysed = AnalysisInput.Analyze(TestInput.Icd, [entry]).Entries.Single();
        analysed.Score.ShouldBe(0.5);
        analysed.CiLow.ShouldBe(0.5);
        analysed.CiHigh.ShouldBe(0.5);
    }

    [Fact]
    public void IdenticalFilesShareABandWithAHighPValue()
    {
        var (_, entry) = AnalysisInput.RandomIcd(300, seed: 3);
        var original = entry(0.6, 7);
        var copy = original with { Name = "copy" };
        var report = AnalysisInput.Analyze(TestInput.Icd, [original, copy]);
        var pair = report.Pair(0, 1);
        pair.Difference.ShouldBe(0);
        pair.PValue.ShouldBeGreaterThanOrEqualTo(0.5);
        report.Entries[0].Band.ShouldBe(report.Entries[1].Band);
        report.Entries[0].CiLow.ShouldBe(report.Entries[1].CiLow);
    }

    [Fact]
    public void AClearlyBetterFileIsInABetterBand()
    {
        var (_, entry) = AnalysisInput.RandomIcd(400, seed: 4);
        var report = AnalysisInput.Analyze(TestInput.Icd, [entry(0.5, 1), entry(0.9, 2), entry(0.5, 3)]);
        report.Entries[0].Name.ShouldStartWith("q0.90");
        report.Entries[0].Band.ShouldBe(1);
        report.Entries[1].Band.ShouldBe(2);
        report.Pair(0, 1).PValue.ShouldBeLessThan(0.01);
        report.Pair(0, 2).PValue.ShouldBeLessThan(0.01);
    }

    [Fact]
    public void TheSameSeedGivesTheSameReportAndAnotherSeedMovesTheIntervals()
    {
        var (_, entry) = AnalysisInput.RandomIcd(150, seed: 5);
        var entries = new[] { entry(0.5, 1), entry(0.55, 2), entry(0.6, 3) };
        var first = AnalysisInput.Analyze(TestInput.Icd, entries);
        var again = AnalysisInput.Analyze(TestInput.Icd, entries);
        var other = AnalysisInput.Analyze(TestInput.Icd, entries, AnalysisOptions.Default with { Seed = 99 });
        again.Entries.Select(e => (e.CiLow, e.CiHigh, e.Band)).ShouldBe(first.Entries.Select(e => (e.CiLow, e.CiHigh, e.Band)));
        again.Pairs.Select(p => p.PValue).ShouldBe(first.Pairs.Select(p => p.PValue));
        other.Entries.Select(e => e.CiLow).ShouldNotBe(first.Entries.Select(e => e.CiLow));
    }

    [Fact]
    public void EveryPairIsTestedAndAdjacentPairsFollowTheRanking()
    {
        var (_, entry) = AnalysisInput.RandomIcd(100, seed: 6);
        var report = AnalysisInput.Analyze(TestInput.Icd, [.. Enumerable.Range(0, 5).Select(i => entry(0.4 + (0.1 * i), i))], AnalysisOptions.Default with { Resamples = 200 });
        report.Pairs.Count.ShouldBe(10);
        report.AdjacentPairs().Select(p => (p.PositionA, p.PositionB)).ShouldBe([(0, 1), (1, 2), (2, 3), (3, 4)]);
        report.Pair(3, 1).ShouldBe(report.Pairs.Single(p => p.PositionA == 1 && p.PositionB == 3));
        report.Pairs.ShouldAllBe(p => p.PValue > 0 && p.PValue <= 1 && p.Difference >= 0);
    }

    [Fact]
    public void TiedEntriesShareARank()
    {
        var report = AnalysisInput.Analyze(TestInput.Icd, [B, A, B with { Name = "B2" }], AnalysisOptions.Default with { Resamples = 50 });
        report.Entries.Select(e => (e.Name, e.Rank)).ShouldBe([("A", 1), ("B", 2), ("B2", 2)]);
    }

    [Fact]
    public void HardestRecordsComeFirstByMeanScore()
    {
        var report = AnalysisInput.Analyze(TestInput.Icd, [A, B], AnalysisOptions.Default with { Resamples = 10 });
        // Means: g1 0.75, g2 0.75, g3 0.5, g4 0.
        report.Hardest.Select(h => (h.Id, h.MeanScore, h.BestScore)).ShouldBe([("g4", 0.0, 0.0), ("g3", 0.5, 0.5), ("g1", 0.75, 1.0), ("g2", 0.75, 1.0)]);
    }

    [Fact]
    public void EntriesScoredOnOtherRecordsAreRefused()
    {
        var other = new IcdGold([new IcdGoldRecord("x", "I21.401", new HashSet<string> { "E11.900" })]);
        var stranger = new AnalysisEntry("stranger", AnalysisInput.ScoreIcd(other, "I21.401|E11.900"));
        Should.Throw<ArgumentException>(() => AnalysisInput.Analyze(TestInput.Icd, [A, stranger])).Message.ShouldContain("same gold");
        Should.Throw<ArgumentException>(() => AnalysisInput.Analyze(TestInput.Icd, []));
        Should.Throw<ArgumentOutOfRangeException>(() => AnalysisInput.Analyze(TestInput.Icd, [A], AnalysisOptions.Default with { Resamples = 0 }));
    }

    [Fact]
    public void ProgressReachesOne()
    {
        var reported = new List<double>();
        AnalysisInput.Analyze(TestInput.Icd, [A, B], AnalysisOptions.Default with { Resamples = 300 }, new SynchronousProgress(reported.Add));
        reported.ShouldNotBeEmpty();
        reported.Max().ShouldBe(1.0);
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
