using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Scoring.Tests.Metrics;

public sealed class SetMetricsTests
{
    // intersection, |G|, |P| → Jaccard, Precision, Recall, F1 (hand-computed from docs/scoring-rules.md).
    public static TheoryData<string, int, int, int, double, double, double, double> Cases => new()
    {
        { "both empty", 0, 0, 0, 1, 1, 1, 1 },
        { "only gold empty", 0, 0, 3, 0, 0, 0, 0 },
        { "only prediction empty", 0, 2, 0, 0, 0, 0, 0 },
        { "disjoint", 0, 2, 3, 0, 0, 0, 0 },
        { "identical", 3, 3, 3, 1, 1, 1, 1 },
        { "single identical", 1, 1, 1, 1, 1, 1, 1 },
        { "partial overlap", 1, 2, 3, 0.25, 1.0 / 3, 0.5, 0.4 },
        { "prediction superset of gold", 2, 2, 4, 0.5, 0.5, 1, 2.0 / 3 },
        { "prediction subset of gold", 2, 4, 2, 0.5, 1, 0.5, 2.0 / 3 },
        { "one of ten", 1, 10, 10, 1.0 / 19, 0.1, 0.1, 0.1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ComputesEachMetricPerTheSpec(string name, int intersection, int gold, int predicted, double jaccard, double precision, double recall, double f1)
    {
        SetMetrics.Jaccard(intersection, gold, predicted).ShouldBe(jaccard, 1e-15, name);
        SetMetrics.Precision(intersection, gold, predicted).ShouldBe(precision, 1e-15, name);
        SetMetrics.Recall(intersection, gold, predicted).ShouldBe(recall, 1e-15, name);
        SetMetrics.F1(intersection, gold, predicted).ShouldBe(f1, 1e-15, name);
    }

    [Theory]
    [InlineData(3, 2, 5)]
    [InlineData(3, 5, 2)]
    [InlineData(-1, 2, 2)]
    [InlineData(0, -1, 2)]
    public void RejectsImpossibleCounts(int intersection, int gold, int predicted)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SetMetrics.Jaccard(intersection, gold, predicted));
    }

    [Fact]
    public void CountsTheIntersectionOfDistinctLabels()
    {
        var gold = new HashSet<string> { "a", "b", "c" };
        SetMetrics.CountIntersection(gold, ["b", "c", "d"]).ShouldBe(2);
        SetMetrics.CountIntersection(gold, []).ShouldBe(0);
    }
}
