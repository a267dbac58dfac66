using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Domain.Tests.Leaderboards;

public sealed class BoardRankingTests
{
    private static readonly string[] CDrugRedKeys = [MetricKeys.Score, MetricKeys.F1, MetricKeys.Jaccard];
    private static readonly string[] IcdKeys = [MetricKeys.Acc, MetricKeys.MainAccuracy];
    private static readonly DateTime T0 = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static MetricScores CDrugRed(double score, double f1 = 0.5, double jaccard = 0.5) =>
        new([new(MetricKeys.Score, score), new(MetricKeys.Jaccard, jaccard), new(MetricKeys.F1, f1)]);

    private static MetricScores Icd(double acc, double main) =>
        new([new(MetricKeys.Acc, acc), new(MetricKeys.MainAccuracy, main), new(MetricKeys.OtherRecall, 0.3)]);

    private static BoardCandidate Entry(MetricScores metrics, int minutes, bool selected = false, bool overridden = false) =>
        new(Guid.NewGuid(), T0.AddMinutes(minutes), metrics, selected, overridden);

    private static BoardTeam Team(string name, params BoardCandidate[] entries) => new(Guid.NewGuid(), name, entries.Length, entries);

    private static IReadOnlyList<BoardRow> RankCDrugRed(RepresentativeSubmission policy, params BoardTeam[] teams) =>
        BoardRanking.Rank(teams, [], CDrugRedKeys, policy);

    [Fact]
    public void OrdersTeamsByPrimaryMetricDescending()
    {
        var rows = RankCDrugRed(RepresentativeSubmission.Best, Team("low", Entry(CDrugRed(0.2), 1)), Team("high", Entry(CDrugRed(0.9), 2)), Team("mid", Entry(CDrugRed(0.5), 3)));
        rows.Select(r => r.Name).ShouldBe(["high", "mid", "low"]);
        rows.Select(r => r.Rank).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void BestPolicyPicksEachTeamsHighestScore()
    {
        var best = Entry(CDrugRed(0.7), 5);
        var team = Team("a", Entry(CDrugRed(0.3), 1), best, Entry(CDrugRed(0.6), 9));
        var row = RankCDrugRed(RepresentativeSubmission.Best, team).Single();
        row.EntryId.ShouldBe(best.SubmissionId);
        row.PrimaryScore.ShouldBe(0.7);
        row.SubmissionCount.ShouldBe(3);
        row.SubmittedAt.ShouldBe(best.SubmittedAt);
    }

    [Fact]
    public void LatestPolicyPicksTheMostRecentSubmissionEvenWhenWorse()
    {
        var latest = Entry(CDrugRed(0.1), 30);
        var row = RankCDrugRed(RepresentativeSubmission.Latest, Team("a", Entry(CDrugRed(0.9), 1), latest, Entry(CDrugRed(0.8), 10))).Single();
        row.EntryId.ShouldBe(latest.SubmissionId);
    }

    [Fact]
    public void SelectedPolicyPicksTheBestSelectedSubmission()
    {
        var chosen = Entry(CDrugRed(0.6), 2, selected: true);
        var row = BoardRanking.Rank([Team("a", Entry(CDrugRed(0.9), 1), chosen, Entry(CDrugRed(0.4), 3, selected: true))], [], CDrugRedKeys, RepresentativeSubmission.Selected, selectionLimit: 2).Single();
        row.EntryId.ShouldBe(chosen.SubmissionId);
    }

    [Fact]
    public void SelectedPolicyCountsOnlyTheMostRecentSelectionsUpToTheLimit()
    {
        // The limit was lowered to 1 after three were selected: the most recent selection counts.
        var recent = Entry(CDrugRed(0.3), 20, selected: true);
        var row = BoardRanking.Rank([Team("a", Entry(CDrugRed(0.9), 1, selected: true), Entry(CDrugRed(0.8), 2, selected: true), recent)], [], CDrugRedKeys, RepresentativeSubmission.Selected, selectionLimit: 1).Single();
        row.EntryId.ShouldBe(recent.SubmissionId);
    }

    [Fact]
    public void SelectedPolicyFallsBackToTheBestWhenTheTeamSelectedNothing()
    {
        var best = Entry(CDrugRed(0.9), 1);
        var row = RankCDrugRed(RepresentativeSubmission.Selected, Team("a", best, Entry(CDrugRed(0.2), 2))).Single();
        row.EntryId.ShouldBe(best.SubmissionId);
    }

    [Fact]
    public void PrimaryTieIsBrokenByF1ThenJaccardForCDrugRed()
    {
        var rows = RankCDrugRed(
            RepresentativeSubmission.Best,
            Team("lowF1", Entry(CDrugRed(0.5, f1: 0.4, jaccard: 0.6), 1)),
            Team("highF1", Entry(CDrugRed(0.5, f1: 0.6, jaccard: 0.4), 2)),
            Team("sameF1HigherJaccard", Entry(CDrugRed(0.5, f1: 0.4, jaccard: 0.7), 3)));
        rows.Select(r => r.Name).ShouldBe(["highF1", "sameF1HigherJaccard", "lowF1"]);
        rows.Select(r => r.Rank).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void DifferencesBelowTheTieEpsilonCountAsTies()
    {
        // 1e-13 apart on the score: a tie, so the higher F1 wins although its score is a hair lower.
        var rows = RankCDrugRed(
            RepresentativeSubmission.Best,
            Team("hairHigher", Entry(CDrugRed(0.5 + 1e-13, f1: 0.4), 1)),
            Team("betterF1", Entry(CDrugRed(0.5, f1: 0.45), 2)));
        rows[0].Name.ShouldBe("betterF1");
    }

    [Fact]
    public void IcdTieIsBrokenByMainAccuracy()
    {
        var rows = BoardRanking.Rank([Team("a", Entry(Icd(0.7, 0.6), 1)), Team("b", Entry(Icd(0.7, 0.8), 2))], [], IcdKeys, RepresentativeSubmission.Best);
        rows.Select(r => r.Name).ShouldBe(["b", "a"]);
    }

    [Fact]
    public void FullMetricTieIsBrokenByTheEarlierSubmission()
    {
        var rows = RankCDrugRed(RepresentativeSubmission.Best, Team("later", Entry(CDrugRed(0.5), 10)), Team("earlier", Entry(CDrugRed(0.5), 5)));
        rows.Select(r => r.Name).ShouldBe(["earlier", "later"]);
        rows.Select(r => r.Rank).ShouldBe([1, 2]);
    }

    [Fact]
    public void BestPolicyPrefersTheEarlierOfTwoEqualSubmissions()
    {
        var first = Entry(CDrugRed(0.5), 1);
        var row = RankCDrugRed(RepresentativeSubmission.Best, Team("a", Entry(CDrugRed(0.5), 7), first)).Single();
        row.EntryId.ShouldBe(first.SubmissionId);
    }

    [Fact]
    public void RowsTiedOnEverythingShareARank()
    {
        var rows = RankCDrugRed(RepresentativeSubmission.Best, Team("x", Entry(CDrugRed(0.9), 1)), Team("b", Entry(CDrugRed(0.5), 3)), Team("a", Entry(CDrugRed(0.5), 3)), Team("z", Entry(CDrugRed(0.1), 4)));
        rows.Select(r => r.Rank).ShouldBe([1, 2, 2, 4]);
        rows.Select(r => r.Name).ShouldBe(["x", "a", "b", "z"]);
    }

    [Fact]
    public void BaselineIsPlacedByScoreWithoutARankNumber()
    {
        var baseline = new BoardBaseline(Guid.NewGuid(), "Baseline (BERT)", Entry(CDrugRed(0.55), 0));
        var rows = BoardRanking.Rank([Team("a", Entry(CDrugRed(0.9), 1)), Team("b", Entry(CDrugRed(0.5), 2)), Team("c", Entry(CDrugRed(0.6), 3))], [baseline], CDrugRedKeys, RepresentativeSubmission.Best);
        rows.Select(r => r.Name).ShouldBe(["a", "c", "Baseline (BERT)", "b"]);
        rows.Select(r => r.Rank).ShouldBe([1, 2, null, 3]);
        rows[2].IsBaseline.ShouldBeTrue();
        rows[2].TeamId.ShouldBeNull();
        rows[2].EntryId.ShouldBe(baseline.BaselineId);
    }

    [Fact]
    public void TeamsWithoutScoredSubmissionsAreLeftOut()
    {
        var rows = RankCDrugRed(RepresentativeSubmission.Best, Team("empty"), Team("scored", Entry(CDrugRed(0.4), 1)));
        rows.Select(r => r.Name).ShouldBe(["scored"]);
    }

    [Fact]
    public void OverriddenFlagTravelsWithTheRepresentative()
    {
        var row = RankCDrugRed(RepresentativeSubmission.Best, Team("a", Entry(CDrugRed(0.8), 1, overridden: true), Entry(CDrugRed(0.2), 2))).Single();
        row.IsOverridden.ShouldBeTrue();
    }

    [Fact]
    public void RanksAreAPermutationWhateverTheInputOrder()
    {
        var random = new Random(7);
        var teams = Enumerable.Range(0, 200).Select(i => Team($"t{i}", Entry(CDrugRed(Math.Round(random.NextDouble(), 2), random.NextDouble(), random.NextDouble()), random.Next(1000)))).ToArray();
        var forward = RankCDrugRed(RepresentativeSubmission.Best, teams);
        var backward = RankCDrugRed(RepresentativeSubmission.Best, [.. teams.Reverse()]);
        backward.Select(r => r.TeamId).ShouldBe(forward.Select(r => r.TeamId));
        forward.Select(r => r.Rank!.Value).ShouldBe(Enumerable.Range(1, 200));
        forward.Zip(forward.Skip(1)).ShouldAllBe(pair => pair.First.PrimaryScore >= pair.Second.PrimaryScore - 1e-12);
    }
}
