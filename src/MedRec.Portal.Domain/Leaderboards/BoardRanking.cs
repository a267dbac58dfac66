using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// The ranking rules of docs/scoring-rules.md ("Ranking"): one representative submission per team chosen by the phase's
/// policy; rows ordered by the task's ranking keys (primary metric descending, ties below 1e-12 broken by the next
/// keys), then by the earlier submission; baseline rows placed by score among the teams but never numbered.
/// </summary>
public static class BoardRanking
{
    /// <summary>Ranks <paramref name="teams"/> and places <paramref name="baselines"/> among them.</summary>
    /// <param name="rankingKeys">The task's ranking keys, primary first (<c>TaskDefinition.RankingKeys</c>).</param>
    /// <param name="policy">Which submission represents a team.</param>
    /// <param name="selectionLimit">For <see cref="RepresentativeSubmission.Selected"/>: how many selections count.</param>
    public static IReadOnlyList<BoardRow> Rank(
        IEnumerable<BoardTeam> teams,
        IEnumerable<BoardBaseline> baselines,
        IReadOnlyList<string> rankingKeys,
        RepresentativeSubmission policy,
        int selectionLimit = 1)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(baselines);
        ArgumentNullException.ThrowIfNull(rankingKeys);
        var order = new EntryOrder(new ScoreComparer(rankingKeys));

        var rows = new List<BoardRow>();
        foreach (var team in teams)
        {
            if (Representative(team.Candidates, policy, selectionLimit, order) is { } chosen)
            {
                rows.Add(new BoardRow(null, team.TeamId, team.Name, chosen.Metrics, team.SubmissionCount, chosen.SubmissionId, chosen.SubmittedAt, IsBaseline: false, chosen.IsOverridden));
            }
        }

        foreach (var baseline in baselines)
        {
            var entry = baseline.Entry;
            rows.Add(new BoardRow(null, null, baseline.Name, entry.Metrics, 1, baseline.BaselineId, entry.SubmittedAt, IsBaseline: true, entry.IsOverridden));
        }

        rows.Sort(order.Compare);
        return Number(rows, order);
    }

    /// <summary>
    /// The submission that represents a team under <paramref name="policy"/>, or null when it has none.
    /// Selected: the best of the team's selections; when more are selected than the limit allows (the limit was
    /// lowered later), the most recent selections count. A team that selected nothing is represented by its best
    /// submission, as on Kaggle, so that forgetting to select never removes a team from the final board.
    /// </summary>
    public static BoardCandidate? Representative(IReadOnlyList<BoardCandidate> candidates, RepresentativeSubmission policy, int selectionLimit, IReadOnlyList<string> rankingKeys)
    {
        ArgumentNullException.ThrowIfNull(rankingKeys);
        return Representative(candidates, policy, selectionLimit, new EntryOrder(new ScoreComparer(rankingKeys)));
    }

    private static BoardCandidate? Representative(IReadOnlyList<BoardCandidate> candidates, RepresentativeSubmission policy, int selectionLimit, EntryOrder order)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return null;
        }

        switch (policy)
        {
            case RepresentativeSubmission.Latest:
                return candidates.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.SubmissionId).First();
            case RepresentativeSubmission.Selected:
                var selected = candidates.Where(c => c.IsSelected).OrderByDescending(c => c.SubmittedAt).Take(Math.Max(1, selectionLimit)).ToList();
                return Best(selected.Count > 0 ? selected : candidates, order);
            default:
                return Best(candidates, order);
        }
    }

    private static BoardCandidate Best(IReadOnlyList<BoardCandidate> candidates, EntryOrder order)
    {
        var best = candidates[0];
        for (var i = 1; i < candidates.Count; i++)
        {
            if (order.Compare(candidates[i], best) < 0)
            {
                best = candidates[i];
            }
        }

        return best;
    }

    private static List<BoardRow> Number(List<BoardRow> sorted, EntryOrder order)
    {
        var numbered = new List<BoardRow>(sorted.Count);
        var position = 0;
        BoardRow? previousTeam = null;
        var previousRank = 0;
        foreach (var row in sorted)
        {
            if (row.IsBaseline)
            {
                numbered.Add(row);
                continue;
            }

            position++;

            // Rows tied on every ranking key and on the submission instant share a rank (1, 2, 2, 4).
            var rank = previousTeam is not null && order.IsFullTie(previousTeam, row) ? previousRank : position;
            numbered.Add(row with { Rank = rank });
            previousTeam = row;
            previousRank = rank;
        }

        return numbered;
    }

    /// <summary>Ranking keys, then the earlier submission, then a stable order (teams before baselines, name, id).</summary>
    private sealed class EntryOrder(ScoreComparer scores)
    {
        public int Compare(BoardCandidate x, BoardCandidate y)
        {
            var byScore = scores.Compare(x.Metrics, y.Metrics);
            if (byScore != 0)
            {
                return byScore;
            }

            var byTime = x.SubmittedAt.CompareTo(y.SubmittedAt);
            return byTime != 0 ? byTime : x.SubmissionId.CompareTo(y.SubmissionId);
        }

        public int Compare(BoardRow? x, BoardRow? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            if (!IsFullTie(x, y))
            {
                var byScore = scores.Compare(x.Metrics, y.Metrics);
                return byScore != 0 ? byScore : x.SubmittedAt.CompareTo(y.SubmittedAt);
            }

            var byKind = x.IsBaseline.CompareTo(y.IsBaseline);
            if (byKind != 0)
            {
                return byKind;
            }

            var byName = string.CompareOrdinal(x.Name, y.Name);
            return byName != 0 ? byName : x.EntryId.CompareTo(y.EntryId);
        }

        public bool IsFullTie(BoardRow x, BoardRow y) => scores.Compare(x.Metrics, y.Metrics) == 0 && x.SubmittedAt == y.SubmittedAt;
    }
}
