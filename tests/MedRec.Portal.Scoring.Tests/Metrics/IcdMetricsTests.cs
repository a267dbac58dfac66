using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Scoring.Tests.Metrics;

public sealed class IcdMetricsTests
{
    [Theory]
    [InlineData("I21.401", "I21.401", 1)]
    [InlineData("I21.401", "I20.000", 0)]
    public void MainIsOneOnlyForTheSamePrimaryCode(string gold, string predicted, double expected)
    {
        IcdMetrics.Main(gold, predicted).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, 0, 0, 1.0)] // both empty
    [InlineData(0, 0, 2, 0.0)] // only gold empty
    [InlineData(0, 3, 0, 0.0)] // only prediction empty
    [InlineData(1, 3, 1, 1.0 / 3)]
    [InlineData(2, 2, 5, 1.0)] // predicting extra codes costs nothing in the official formula
    public void OtherIsRecallOfTheAdditionalCodes(int intersection, int gold, int predicted, double expected)
    {
        IcdMetrics.Other(intersection, gold, predicted).ShouldBe(expected, 1e-15);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 0.5, 0.75)]
    [InlineData(0, 0.5, 0.25)]
    [InlineData(0, 0, 0)]
    public void AccWeighsMainAndOtherEqually(double main, double other, double expected)
    {
        IcdMetrics.Acc(main, other).ShouldBe(expected);
    }

    [Fact]
    public void CDrugRedScoreIsTheMeanOfJaccardAndF1()
    {
        CDrugRedMetrics.Score(0.4, 0.6).ShouldBe(0.5, 1e-15);
    }
}
