namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// A team's quota on a phase as the Submit tab shows it: "2 of 3 left today — resets at 00:00 Beijing time".
/// Limits include organisers' grants. <see cref="Remaining"/> is what the team can still submit today (the
/// smaller of today's and the phase's remaining). <see cref="Blocker"/> says why the team cannot submit at all right
/// now (window, team, registration: <see cref="SubmissionGate"/>), so no page repeats those rules.
/// </summary>
public sealed record QuotaStatus(
    Guid PhaseId,
    Guid TeamId,
    DateOnly QuotaDay,
    string TimeZoneId,
    int UsedToday,
    int DailyLimit,
    int RemainingToday,
    int UsedTotal,
    int TotalLimit,
    int RemainingTotal,
    int RejectedToday,
    int RejectedDailyCap,
    DateTime ResetsAtUtc,
    DateTime ResetsAtPhaseLocal,
    SubmitBlocker? Blocker)
{
    /// <summary>Whether the team may upload now (the file and the quota are checked then).</summary>
    public bool CanSubmit => Blocker is null;

    public int Remaining => Math.Min(RemainingToday, RemainingTotal);

    public int RejectedRemainingToday => Math.Max(0, RejectedDailyCap - RejectedToday);
}
