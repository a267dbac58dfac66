using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>A task's metric columns (display order, primary first) and ranking keys, from the Scoring library.</summary>
public sealed record LeaderboardMetrics(IReadOnlyList<MetricDefinition> Columns, IReadOnlyList<string> RankingKeys)
{
    // The metrics and ranking keys of CDrugRed are the same for every candidate list; the list (licensed data)
    // only matters for validation, so a one-name list gives the definition's columns without loading it.
    private static readonly LeaderboardMetrics CDrugRed = Of(new CDrugRedTaskDefinition(["-"]));
    private static readonly LeaderboardMetrics Icd = Of(IcdTaskDefinition.Instance);

    public static LeaderboardMetrics For(TaskKind kind) => kind switch
    {
        TaskKind.CDrugRed => CDrugRed,
        TaskKind.Icd => Icd,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown task kind."),
    };

    /// <summary>Whether <paramref name="key"/> is one of the task's metrics.</summary>
    public bool Has(string key) => Columns.Any(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    private static LeaderboardMetrics Of(TaskDefinition definition) => new(definition.Metrics, definition.RankingKeys);
}
