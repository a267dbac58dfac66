using MedRec.Portal.Infrastructure.Baseline.Decoding;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class LabelSelectionTests
{
    [Fact]
    public void KeepsLabelsAtOrAboveTheThresholdMostProbableFirst()
    {
        float[] p = [0.2f, 0.9f, 0.5f, 0.49f];

        LabelSelection.Select(p, 0.5, 0, null).ShouldBe([1, 2]);
    }

    [Fact]
    public void TopsUpToTheMinimumCountByRankWhenTooFewPassTheThreshold()
    {
        float[] p = [0.2f, 0.3f, 0.1f, 0.25f];

        LabelSelection.Select(p, 0.9, 2, null).ShouldBe([1, 3]);
    }

    [Fact]
    public void CutsToTheMaximumCountKeepingTheMostProbable()
    {
        float[] p = [0.8f, 0.95f, 0.7f, 0.99f];

        LabelSelection.Select(p, 0.5, 0, 2).ShouldBe([3, 1]);
    }

    [Fact]
    public void ReturnsNothingWhenNoLabelPassesAndNoMinimumIsSet()
    {
        float[] p = [0.1f, 0.2f];

        LabelSelection.Select(p, 0.5, 0, 5).ShouldBeEmpty();
    }

    [Fact]
    public void BreaksTiesByTheLowerLabelIndexLikeTheTrainer()
    {
        float[] p = [0.4f, 0.6f, 0.6f, 0.4f];

        LabelSelection.Select(p, 0.0, 0, 3).ShouldBe([1, 2, 0]);
        LabelSelection.ArgMax([0.3f, 0.35f, 0.35f]).ShouldBe(1);
    }

    [Fact]
    public void NeverReturnsMoreLabelsThanExistEvenWithALargeMinimum()
    {
        float[] p = [0.1f, 0.2f];

        LabelSelection.Select(p, 0.9, 5, null).ShouldBe([1, 0]);
    }
}
