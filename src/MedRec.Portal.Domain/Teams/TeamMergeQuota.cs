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
            return Error.Conflict(
                $"Cannot merge: in phase \"{phase.Code}\", \"{targetName}\" has {target.CountedTotal} and \"{sourceName}\" {source.CountedTotal} counted submissions, "
                + $"{total} together, more than the phase's total limit of {totalLimit}{GrantNote(target.GrantsTotal + source.GrantsTotal)}. "
                + $"Grant \"{targetName}\" extra attempts first if the merge should go ahead.") with { Field = "TotalLimit" };
        }

        foreach (var day in target.CountedPerDay.Keys.Union(source.CountedPerDay.Keys).Order())
        {
            var a = target.CountedPerDay.GetValueOrDefault(day);
            var b = source.CountedPerDay.GetValueOrDefault(day);
            var grants = target.GrantsPerDay.GetValueOrDefault(day) + source.GrantsPerDay.GetValueOrDefault(day);
            var dailyLimit = phase.DailyLimit + grants;
            if (a + b > dailyLimit)
            {
                return Error.Conflict(
                    $"Cannot merge: on {day:yyyy-MM-dd} ({phase.QuotaTimeZoneId} calendar day) in phase \"{phase.Code}\", \"{targetName}\" made {a} and \"{sourceName}\" {b} counted submissions, "
                    + $"{a + b} together, more than the daily limit of {dailyLimit}{GrantNote(grants)}. "
                    + $"Grant \"{targetName}\" extra attempts for that day first if the merge should go ahead.") with { Field = "DailyLimit" };
            }
        }

        return null;
    }

    private static string GrantNote(int grants) => grants > 0 ? $" (including {grants} granted)" : "";
}
