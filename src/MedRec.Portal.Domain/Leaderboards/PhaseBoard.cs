using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// A phase's board state beyond the phase's own visibility setting: the freeze (scheduled or by hand), the
/// snapshot participants see while frozen, and the display options. One row per phase, created on first use.
/// See docs/decisions/005-board-freeze-and-snapshots.md.
/// </summary>
public sealed class PhaseBoard : IVersioned
{
    private PhaseBoard()
    {
    }

    public PhaseBoard(Guid phaseId, DateTime nowUtc)
    {
        PhaseId = phaseId;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public Guid PhaseId { get; private set; }

    /// <summary>When the board is due to freeze; the snapshot job takes the snapshot as of this instant.</summary>
    public DateTime? FreezeScheduledAt { get; private set; }

    /// <summary>The instant the board froze (its snapshot is as of this instant); null while live.</summary>
    public DateTime? FrozenAt { get; private set; }

    /// <summary>The snapshot participants see while frozen.</summary>
    public Guid? FrozenSnapshotId { get; private set; }

    /// <summary>While frozen, a team's own new scores are hidden in its submissions list too (so the freeze leaks nothing).</summary>
    public bool HideOwnScoresWhileFrozen { get; private set; }

    /// <summary>Participants see a snapshot taken on every hour instead of the live board.</summary>
    public bool PublishHourly { get; private set; }

    /// <summary>The latest hourly snapshot participants see in hourly mode.</summary>
    public Guid? HourlySnapshotId { get; private set; }

    public DateTime? HourlySnapshotAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Only teams with a submitted fact sheet get a rank; the others stay on the board, unranked, marked "fact sheet missing".</summary>
    public bool RankOnlyWithFactSheets { get; private set; }

    /// <summary>The analysis participants see on the public board (intervals and bands); null while unpublished.</summary>
    public Guid? PublishedAnalysisId { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Frozen (snapshot taken), or past its scheduled freeze instant and waiting for the job to take it.</summary>
    public bool IsFrozenAt(DateTime nowUtc) => FrozenAt is not null || FreezeScheduledAt <= Instants.RequireUtc(nowUtc, nameof(nowUtc));

    /// <summary>The instant participants' board is as of while frozen, or null when live.</summary>
    public DateTime? FreezeInstantAt(DateTime nowUtc) => FrozenAt ?? (FreezeScheduledAt <= Instants.RequireUtc(nowUtc, nameof(nowUtc)) ? FreezeScheduledAt : null);

    /// <summary>Whether the scheduled freeze is due and its snapshot not yet taken.</summary>
    public bool IsFreezeDueAt(DateTime nowUtc) => FrozenAt is null && FreezeScheduledAt <= Instants.RequireUtc(nowUtc, nameof(nowUtc));

    /// <summary>Why the freeze cannot be scheduled at <paramref name="freezeAtUtc"/>, or null.</summary>
    public Error? CheckSchedule(DateTime? freezeAtUtc, DateTime nowUtc)
    {
        if (FrozenAt is not null)
        {
            return BoardRuleErrors.AlreadyFrozenScheduling.With(FrozenAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }

        return freezeAtUtc is { } at && Instants.RequireUtc(at, nameof(freezeAtUtc)) <= Instants.RequireUtc(nowUtc, nameof(nowUtc))
            ? BoardRuleErrors.FreezeInstantPassed.ForField("FreezeAtUtc", at.ToString("u", System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    public void ScheduleFreeze(DateTime? freezeAtUtc, DateTime nowUtc)
    {
        if (CheckSchedule(freezeAtUtc, nowUtc) is { } error)
        {
            throw new DomainRuleException(error);
        }

        FreezeScheduledAt = freezeAtUtc is { } at ? Instants.RequireUtc(at, nameof(freezeAtUtc)) : null;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    /// <summary>Freezes at <paramref name="frozenAtUtc"/> showing <paramref name="snapshotId"/> to participants.</summary>
    public void Freeze(Guid snapshotId, DateTime frozenAtUtc, DateTime nowUtc)
    {
        if (FrozenAt is not null)
        {
            throw new DomainRuleException(BoardRuleErrors.AlreadyFrozen.With(FrozenAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
        }

        FrozenAt = Instants.RequireUtc(frozenAtUtc, nameof(frozenAtUtc));
        FrozenSnapshotId = snapshotId;
        FreezeScheduledAt = null;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    /// <summary>Ends a freeze (or cancels a due one): participants see the live board again. Snapshots stay.</summary>
    public void Unfreeze(DateTime nowUtc)
    {
        FrozenAt = null;
        FrozenSnapshotId = null;
        FreezeScheduledAt = null;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public void SetOptions(bool hideOwnScoresWhileFrozen, bool publishHourly, DateTime nowUtc)
    {
        HideOwnScoresWhileFrozen = hideOwnScoresWhileFrozen;
        if (!publishHourly)
        {
            HourlySnapshotId = null;
            HourlySnapshotAt = null;
        }

        PublishHourly = publishHourly;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    /// <summary>The hour mark the hourly snapshot is due for, or null when none is due (off, or already taken).</summary>
    public DateTime? HourlySnapshotDueAt(DateTime nowUtc)
    {
        if (!PublishHourly)
        {
            return null;
        }

        var now = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        return HourlySnapshotAt is { } taken && taken >= hour ? null : hour;
    }

    public void PublishHourlySnapshot(Guid snapshotId, DateTime hourUtc, DateTime nowUtc)
    {
        HourlySnapshotId = snapshotId;
        HourlySnapshotAt = Instants.RequireUtc(hourUtc, nameof(hourUtc));
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    /// <summary>Publishes <paramref name="analysisId"/> to participants, or withdraws the published one (null).</summary>
    public void PublishAnalysis(Guid? analysisId, DateTime nowUtc)
    {
        PublishedAnalysisId = analysisId;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public void SetRankOnlyWithFactSheets(bool value, DateTime nowUtc)
    {
        RankOnlyWithFactSheets = value;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }
}
