using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Domain.Teams;

/// <summary>
/// Whether two teams' submissions fit one team's quota on a phase, the rule a merge must pass: after it, the
/// merged team holds both teams' counted submissions and both teams' grants (the ledger moves whole), so for every
/// quota day their counted submissions together stay within the daily limit plus that day's grants, and in all
/// within the total limit plus all grants. Merging never lets a group exceed what one team could have submitted.
/// </summary>
public static class TeamMergeQuota
{
    /// <summary>Null when the combined use fits; otherwise a conflict naming the phase, the limit, the day and the counts.</summary>
    public static Error? Check(Phase phase, string targetName, TeamQuotaUse target, string sourceName, TeamQuotaUse source)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);

        var totalLimit = phase.TotalLimit + target.GrantsTotal + source.GrantsTotal;
        var total = target.CountedTotal + source.CountedTotal;
        if (total > totalLimit)
        {
            var granted = target.GrantsTotal + source.GrantsTotal;
            return granted > 0
                ? TeamRuleErrors.MergeTotalExceededWithGrants.ForField("TotalLimit", phase.Code, targetName, target.CountedTotal, sourceName, source.CountedTotal, total, totalLimit, granted)
                : TeamRuleErrors.MergeTotalExceeded.ForField("TotalLimit", phase.Code, targetName, target.CountedTotal, sourceName, source.CountedTotal, total, totalLimit);
        }

        foreach (var day in target.CountedPerDay.Keys.Union(source.CountedPerDay.Keys).Order())
        {
            var a = target.CountedPerDay.GetValueOrDefault(day);
            var b = source.CountedPerDay.GetValueOrDefault(day);
            var grants = target.GrantsPerDay.GetValueOrDefault(day) + source.GrantsPerDay.GetValueOrDefault(day);
            var dailyLimit = phase.DailyLimit + grants;
            if (a + b > dailyLimit)
            {
                var dayText = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return grants > 0
                    ? TeamRuleErrors.MergeDailyExceededWithGrants.ForField("DailyLimit", dayText, phase.QuotaTimeZoneId, phase.Code, targetName, a, sourceName, b, a + b, dailyLimit, grants)
                    : TeamRuleErrors.MergeDailyExceeded.ForField("DailyLimit", dayText, phase.QuotaTimeZoneId, phase.Code, targetName, a, sourceName, b, a + b, dailyLimit);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether undoing a merge leaves the target team within its own quota on a phase: <paramref name="targetAfter"/>
    /// is what stays with it (its own counted submissions, those made while merged included, and its own grants).
    /// While merged its members could use attempts that came with the source (its grants, or its unused share of
    /// a day), and the undo gives those back; an over-used limit is refused, naming what to grant first. The source
    /// gets back exactly what it had when merged, which its own quota had allowed, so it needs no check.
    /// </summary>
    public static Error? CheckSplit(Phase phase, string targetName, string sourceName, TeamQuotaUse targetAfter)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(targetAfter);
        var totalLimit = phase.TotalLimit + targetAfter.GrantsTotal;
        if (targetAfter.CountedTotal > totalLimit)
        {
            return TeamRuleErrors.UnmergeTotalExceeded.ForField("TotalLimit", phase.Code, targetName, targetAfter.CountedTotal, totalLimit, sourceName, targetAfter.CountedTotal - totalLimit);
        }

        foreach (var (day, counted) in targetAfter.CountedPerDay.OrderBy(pair => pair.Key))
        {
            var dailyLimit = phase.DailyLimit + targetAfter.GrantsPerDay.GetValueOrDefault(day);
            if (counted > dailyLimit)
            {
                var dayText = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return TeamRuleErrors.UnmergeDailyExceeded.ForField("DailyLimit", dayText, phase.QuotaTimeZoneId, phase.Code, targetName, counted, dailyLimit, sourceName, counted - dailyLimit);
            }
        }

        return null;
    }
}
