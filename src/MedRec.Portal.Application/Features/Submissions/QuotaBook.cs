using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Reads a team's quota on a phase and picks the free slot numbers an upload claims. Picking reads committed
/// rows only; exactness comes from the unique slot index: when two uploads pick the same number, the second
/// save fails and the caller reads again (docs/decisions/004-quota-slots-and-scoring-queue.md).
/// </summary>
internal sealed class QuotaBook
{
    private readonly Dictionary<QuotaSlotKind, HashSet<int>> _used;

    private QuotaBook(Phase phase, Guid teamId, DateOnly day, Dictionary<QuotaSlotKind, HashSet<int>> used, int dailyGrants, int totalGrants)
    {
        Phase = phase;
        TeamId = teamId;
        Day = day;
        _used = used;
        DailyLimit = phase.DailyLimit + dailyGrants;
        TotalLimit = phase.TotalLimit + totalGrants;
    }

    public Phase Phase { get; }

    public Guid TeamId { get; }

    public DateOnly Day { get; }

    public int DailyLimit { get; }

    public int TotalLimit { get; }

    public static async Task<QuotaBook> ReadAsync(IPortalDbContext db, Phase phase, Guid teamId, DateOnly day, CancellationToken cancellationToken)
    {
        var slots = await db.QuotaSlots.AsNoTracking()
            .Where(s => s.PhaseId == phase.Id && s.TeamId == teamId && (s.QuotaDay == day || s.Kind == QuotaSlotKind.Total))
            .Select(s => new { s.Kind, s.Number })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var grants = await db.QuotaLedger.AsNoTracking()
            .Where(e => e.PhaseId == phase.Id && e.TeamId == teamId && e.Kind == QuotaLedgerKind.Grant)
            .Select(e => new { e.QuotaDay, e.ExtraAttempts })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var used = Enum.GetValues<QuotaSlotKind>().ToDictionary(k => k, k => slots.Where(s => s.Kind == k).Select(s => s.Number).ToHashSet());
        return new QuotaBook(phase, teamId, day, used, grants.Where(g => g.QuotaDay == day).Sum(g => g.ExtraAttempts), grants.Sum(g => g.ExtraAttempts));
    }

    public int Used(QuotaSlotKind kind) => _used[kind].Count;

    public int LimitOf(QuotaSlotKind kind) => kind switch
    {
        QuotaSlotKind.Daily => DailyLimit,
        QuotaSlotKind.Total => TotalLimit,
        _ => Phase.FailedDailyCap,
    };

    /// <summary>The smallest free number under the kind's limit, or null when the limit is reached.</summary>
    public int? FreeNumber(QuotaSlotKind kind)
    {
        var used = _used[kind];
        for (var n = 1; n <= LimitOf(kind); n++)
        {
            if (!used.Contains(n))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>The status a page shows; <paramref name="blocker"/> is <see cref="SubmissionGate.Check"/>'s answer for the team now.</summary>
    public QuotaStatus ToStatus(SubmitBlocker? blocker)
    {
        var resetsAt = Phase.QuotaDayWindowUtc(Day).EndUtc;
        return new QuotaStatus(
            Phase.Id,
            TeamId,
            Day,
            Phase.QuotaTimeZoneId,
            Used(QuotaSlotKind.Daily),
            DailyLimit,
            Math.Max(0, DailyLimit - Used(QuotaSlotKind.Daily)),
            Used(QuotaSlotKind.Total),
            TotalLimit,
            Math.Max(0, TotalLimit - Used(QuotaSlotKind.Total)),
            Used(QuotaSlotKind.RejectedDaily),
            Phase.FailedDailyCap,
            resetsAt,
            PhaseTime.ToPhaseLocal(resetsAt, Phase.QuotaTimeZoneId),
            blocker);
    }

    /// <summary>Why the team cannot make a counted submission now, or null.</summary>
    public Error? CheckCountedSlotsLeft()
    {
        if (FreeNumber(QuotaSlotKind.Total) is null)
        {
            return SubmissionErrors.TotalUsed.ForField("Quota", TotalLimit, Phase.Code);
        }

        if (FreeNumber(QuotaSlotKind.Daily) is null)
        {
            var resetsAt = Phase.QuotaDayWindowUtc(Day).EndUtc;
            return SubmissionErrors.DailyUsed.ForField("Quota", DailyLimit, Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Phase.QuotaTimeZoneId, PhaseTime.Describe(resetsAt, Phase.QuotaTimeZoneId));
        }

        return null;
    }

    /// <summary>Why the team cannot store another rejected file today, or null.</summary>
    public Error? CheckRejectedSlotsLeft(string firstProblem)
    {
        if (FreeNumber(QuotaSlotKind.RejectedDaily) is not null)
        {
            return null;
        }

        var resetsAt = Phase.QuotaDayWindowUtc(Day).EndUtc;
        return SubmissionErrors.RejectedCapReached.ForField("Quota", firstProblem, Phase.FailedDailyCap, PhaseTime.Describe(resetsAt, Phase.QuotaTimeZoneId));
    }

    /// <summary>Claims the free slots of <paramref name="kinds"/> for the submission (added to the unit of work).</summary>
    public void Claim(IPortalDbContext db, Guid submissionId, params QuotaSlotKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            var number = FreeNumber(kind) ?? throw new InvalidOperationException($"No free {kind} slot: check first.");
            db.QuotaSlots.Add(new QuotaSlot(Guid.CreateVersion7(), Phase.Id, TeamId, kind, Day, number, submissionId));
        }
    }
}
