using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Metrics;

/// <summary>
/// Orders scores best first by a task's ranking keys (docs/scoring-rules.md, Ranking): the primary metric descending, each
/// later key breaking ties where the earlier values differ by less than <see cref="TaskDefinition.TieEpsilon"/>.
/// Returns 0 for a full tie; the leaderboard then orders by the earlier submission time.
/// </summary>
public sealed class ScoreComparer : IComparer<MetricScores>
{
    private readonly IReadOnlyList<string> _rankingKeys;

    /// <summary>A comparer for <paramref name="task"/>'s ranking keys.</summary>
    public ScoreComparer(TaskDefinition task)
        : this(task?.RankingKeys ?? throw new ArgumentNullException(nameof(task)))
    {
    }

    /// <summary>A comparer for explicit ranking keys (primary first).</summary>
    public ScoreComparer(IReadOnlyList<string> rankingKeys)
    {
        ArgumentNullException.ThrowIfNull(rankingKeys);
        _rankingKeys = rankingKeys;
    }

    /// <summary>Negative when <paramref name="x"/> ranks above <paramref name="y"/>, positive when below, 0 when tied.</summary>
    /// <exception cref="KeyNotFoundException">A score lacks one of the ranking keys.</exception>
    public int Compare(MetricScores? x, MetricScores? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        foreach (var key in _rankingKeys)
        {
            var difference = x[key] - y[key];
            if (Math.Abs(difference) >= TaskDefinition.TieEpsilon)
            {
                return difference > 0 ? -1 : 1;
            }
        }

        return 0;
    }
}
