using MedRec.Portal.Scoring.Analysis;

namespace MedRec.Portal.Scoring.Tests.Analysis;

public sealed class SignificanceBandsTests
{
    [Fact]
    public void AChainOfNonSignificantNeighboursSplitsWhereTheEndsDiffer()
    {
        // a ≈ b (0.30), b ≈ c (0.20), a ≠ c (0.01): c cannot join a's band, so it opens band 2 although b ≈ c.
        var p = new Dictionary<(int, int), double> { [(0, 1)] = 0.30, [(1, 2)] = 0.20, [(0, 2)] = 0.01 };
        SignificanceBands.Assign(3, (a, b) => p[(a, b)], 0.05).ShouldBe([1, 1, 2]);
    }

    [Fact]
    public void EntriesNoTestSeparatesShareOneBand()
    {
        SignificanceBands.Assign(4, (_, _) => 0.5, 0.05).ShouldBe([1, 1, 1, 1]);
    }

    [Fact]
    public void EverySignificantStepOpensABand()
    {
        SignificanceBands.Assign(3, (_, _) => 0.001, 0.05).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void APValueOfExactlyAlphaIsNotSignificant()
    {
        SignificanceBands.Assign(2, (_, _) => 0.05, 0.05).ShouldBe([1, 1]);
    }

    [Fact]
    public void ANewBandIsJudgedAgainstItsOwnMembersOnly()
    {
        // 0 ≠ 1 opens band 2 at entry 1; entry 2 differs from 0 but not from 1, so it joins band 2.
        var p = new Dictionary<(int, int), double> { [(0, 1)] = 0.01, [(0, 2)] = 0.001, [(1, 2)] = 0.4 };
        SignificanceBands.Assign(3, (a, b) => p[(a, b)], 0.05).ShouldBe([1, 2, 2]);
    }
}
