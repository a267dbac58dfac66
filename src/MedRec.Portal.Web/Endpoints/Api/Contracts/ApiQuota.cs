using MedRec.Portal.Application.Features.Submissions;

namespace MedRec.Portal.Web.Endpoints.Api.Contracts;

/// <summary>A team's quota on a phase now; the quota day runs in <see cref="TimeZone"/> and resets at <see cref="ResetsAt"/> (UTC).</summary>
public sealed record ApiQuota(
    Guid PhaseId,
    Guid TeamId,
    DateOnly QuotaDay,
    string TimeZone,
    int UsedToday,
    int DailyLimit,
    int RemainingToday,
    int UsedTotal,
    int TotalLimit,
    int RemainingTotal,
    int Remaining,
    int RejectedToday,
    int RejectedDailyCap,
    DateTime ResetsAt)
{
    public static ApiQuota From(QuotaStatus quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        return new(
            quota.PhaseId,
            quota.TeamId,
            quota.QuotaDay,
            quota.TimeZoneId,
            quota.UsedToday,
            quota.DailyLimit,
            quota.RemainingToday,
            quota.UsedTotal,
            quota.TotalLimit,
            quota.RemainingTotal,
            quota.Remaining,
            quota.RejectedToday,
            quota.RejectedDailyCap,
            quota.ResetsAtUtc);
    }
}
