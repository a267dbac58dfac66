using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Scoring.Tests.Metrics;

public sealed class ScoreComparerTests
{
    private static MetricScores Drugs(double score, double f1, double jaccard) =>
        new([new(MetricKeys.Score, score), new(MetricKeys.Jaccard, jaccard), new(MetricKeys.F1, f1), new(MetricKeys.Precision, 0), new(MetricKeys.Recall, 0)]);

    private readonly ScoreComparer _comparer = new(TestInput.CDrugRed.RankingKeys);

    [Fact]
    public void HigherPrimaryMetricRanksFirst()
    {
        _comparer.Compare(Drugs(0.6, 0.1, 0.1), Drugs(0.5, 0.9, 0.9)).ShouldBeLessThan(0);
        _comparer.Compare(Drugs(0.5, 0.9, 0.9), Drugs(0.6, 0.1, 0.1)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void DifferenceBelowEpsilonIsATieBrokenByF1ThenJaccard()
    {
        _comparer.Compare(Drugs(0.5 + 1e-13, 0.4, 0.9), Drugs(0.5, 0.6, 0.1)).ShouldBeGreaterThan(0);
        _comparer.Compare(Drugs(0.5, 0.6, 0.3), Drugs(0.5, 0.6, 0.2)).ShouldBeLessThan(0);
    }

    [Fact]
    public void DifferenceAboveEpsilonIsNotATie()
    {
        _comparer.Compare(Drugs(0.5 + 1e-9, 0.1, 0.1), Drugs(0.5, 0.9, 0.9)).ShouldBeLessThan(0);
    }

    [Fact]
    public void FullTieComparesEqualSoSubmissionTimeDecides()
    {
        _comparer.Compare(Drugs(0.5, 0.6, 0.3), Drugs(0.5, 0.6, 0.3)).ShouldBe(0);
    }

    [Fact]
    public void IcdTiesAreBrokenByMainAccuracy()
    {
        var comparer = new ScoreComparer(TestInput.Icd.RankingKeys);
        var better = new MetricScores([new(MetricKeys.Acc, 0.7), new(MetricKeys.MainAccuracy, 0.9)]);
        var worse = new MetricScores([new(MetricKeys.Acc, 0.7), new(MetricKeys.MainAccuracy, 0.8)]);

        comparer.Compare(better, worse).ShouldBeLessThan(0);
    }
}
