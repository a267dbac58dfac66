using MedRec.Portal.Scoring.Analysis;

namespace MedRec.Portal.Scoring.Tests.Analysis;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.25, 1.75)] // h = 3 · 0.25 = 0.75: 1 + 0.75 · (2 − 1)
    [InlineData(0.5, 2.5)]
    [InlineData(0.975, 3.925)] // h = 2.925: 3 + 0.925 · (4 − 3)
    [InlineData(1.0, 4.0)]
    public void InterpolatesBetweenOrderStatisticsLikeNumPy(double q, double expected)
    {
        Percentile.OfSorted([1.0, 2.0, 3.0, 4.0], q).ShouldBe(expected, 1e-12);
    }
}
