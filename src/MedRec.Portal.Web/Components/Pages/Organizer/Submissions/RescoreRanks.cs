using MedRec.Portal.Application.Features.Submissions.Rescore;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Web.Components.Pages.Organizer.Submissions;

/// <summary>
/// Each team's rank by its best primary score among the compared submissions, before and after a re-score, so an
/// organiser sees who would move before publishing. Ties (within the scorer's tolerance) share a rank.
/// </summary>
public static class RescoreRanks
{
    /// <summary>Old and new rank by team id; null where the team has no score on that side.</summary>
    public static IReadOnlyDictionary<Guid, (int? Old, int? New)> ByTeam(IReadOnlyList<RescoreComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var old = Rank(comparisons.Where(c => c.OldPrimaryScore is not null).GroupBy(c => c.TeamId).ToDictionary(g => g.Key, g => g.Max(c => c.OldPrimaryScore!.Value)));
        var fresh = Rank(comparisons.Where(c => c.NewPrimaryScore is not null).GroupBy(c => c.TeamId).ToDictionary(g => g.Key, g => g.Max(c => c.NewPrimaryScore!.Value)));
        return comparisons.Select(c => c.TeamId).Distinct()
            .ToDictionary(id => id, id => (old.TryGetValue(id, out var o) ? o : (int?)null, fresh.TryGetValue(id, out var n) ? n : (int?)null));
    }

    private static Dictionary<Guid, int> Rank(Dictionary<Guid, double> best)
    {
        var ordered = best.OrderByDescending(pair => pair.Value).ToList();
        var ranks = new Dictionary<Guid, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var tied = i > 0 && Math.Abs(ordered[i - 1].Value - ordered[i].Value) < TaskDefinition.TieEpsilon;
            ranks[ordered[i].Key] = tied ? ranks[ordered[i - 1].Key] : i + 1;
        }

        return ranks;
    }
}
