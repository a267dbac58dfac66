using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Application.Features.Teams;

/// <summary>A team's use of a phase's quota, from its slots and ledger rows, for the merge and unmerge checks.</summary>
internal static class TeamQuotaUses
{
    public static TeamQuotaUse Of(IEnumerable<QuotaSlot> slots, IEnumerable<QuotaLedgerEntry> ledger, Guid phaseId, Guid teamId)
    {
        var mine = slots.Where(s => s.PhaseId == phaseId && s.TeamId == teamId).ToList();
        var daily = mine.Where(s => s.Kind == QuotaSlotKind.Daily).ToList();
        var grants = ledger.Where(e => e.PhaseId == phaseId && e.TeamId == teamId && e.Kind == QuotaLedgerKind.Grant).ToList();
        return new TeamQuotaUse(
            daily.GroupBy(s => s.QuotaDay).ToDictionary(g => g.Key, g => g.Count()),
            mine.Count(s => s.Kind == QuotaSlotKind.Total),
            grants.GroupBy(e => e.QuotaDay).ToDictionary(g => g.Key, g => g.Sum(e => e.ExtraAttempts)),
            grants.Sum(e => e.ExtraAttempts));
    }
}
