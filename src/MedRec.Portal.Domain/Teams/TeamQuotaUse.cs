namespace MedRec.Portal.Domain.Teams;

/// <summary>
/// What a team has used of one phase's quota: counted submissions per quota day and in all, and the extra attempts
/// organisers granted (per day, and in all: a grant raises both the day's and the phase's total limit).
/// </summary>
public sealed record TeamQuotaUse(
    IReadOnlyDictionary<DateOnly, int> CountedPerDay,
    int CountedTotal,
    IReadOnlyDictionary<DateOnly, int> GrantsPerDay,
    int GrantsTotal)
{
    public static TeamQuotaUse None { get; } = new(new Dictionary<DateOnly, int>(), 0, new Dictionary<DateOnly, int>(), 0);
}
