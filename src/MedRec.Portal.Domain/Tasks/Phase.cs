using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Tasks;

/// <summary>
/// A stage of a task (A, B, …) with its own submission window, quotas, inputs and hidden gold. Settings change
/// only through <see cref="CompetitionTask"/>, which checks them against the task's other phases.
/// </summary>
public sealed class Phase : IVersioned
{
    private Phase()
    {
    }

    internal Phase(Guid id, Guid taskId, PhaseSettings settings)
    {
        Id = id;
        TaskId = taskId;
        Apply(settings);
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public string Code { get; private set; } = "";

    public string NameZh { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public DateTime OpensAt { get; private set; }

    public DateTime ClosesAt { get; private set; }

    public string QuotaTimeZoneId { get; private set; } = PhaseSettings.DefaultTimeZoneId;

    public int DailyLimit { get; private set; }

    public int TotalLimit { get; private set; }

    public bool FailedSubmissionsCountTowardQuota { get; private set; }

    public int FailedDailyCap { get; private set; }

    public RepresentativeSubmission Representative { get; private set; }

    public int SelectionLimit { get; private set; }

    public BoardVisibility BoardVisibility { get; private set; }

    /// <summary>When an organiser released a hidden board; null while hidden.</summary>
    public DateTime? BoardReleasedAt { get; private set; }

    public int? MaxAdditionalCodes { get; private set; }

    /// <summary>The records participants predict (downloadable by approved teams).</summary>
    public Guid? InputsDatasetId { get; private set; }

    /// <summary>The hidden answers; a <see cref="Datasets.GoldDataset"/> that only organiser and scoring code loads.</summary>
    public Guid? GoldDatasetId { get; private set; }

    public Guid Version { get; set; }

    /// <summary>The settings as they are now, to edit and pass back.</summary>
    public PhaseSettings Settings => new()
    {
        Code = Code,
        NameZh = NameZh,
        NameEn = NameEn,
        OpensAt = OpensAt,
        ClosesAt = ClosesAt,
        QuotaTimeZoneId = QuotaTimeZoneId,
        DailyLimit = DailyLimit,
        TotalLimit = TotalLimit,
        FailedSubmissionsCountTowardQuota = FailedSubmissionsCountTowardQuota,
        FailedDailyCap = FailedDailyCap,
        Representative = Representative,
        SelectionLimit = SelectionLimit,
        BoardVisibility = BoardVisibility,
        MaxAdditionalCodes = MaxAdditionalCodes,
    };

    /// <summary>Whether submissions are accepted at the instant: from <see cref="OpensAt"/> inclusive to <see cref="ClosesAt"/> exclusive.</summary>
    public bool IsOpenAt(DateTime instantUtc)
    {
        var t = Instants.RequireUtc(instantUtc, nameof(instantUtc));
        return t >= OpensAt && t < ClosesAt;
    }

    public PhaseStatus StatusAt(DateTime instantUtc)
    {
        var t = Instants.RequireUtc(instantUtc, nameof(instantUtc));
        return t < OpensAt ? PhaseStatus.Upcoming : t < ClosesAt ? PhaseStatus.Open : PhaseStatus.Closed;
    }

    /// <summary>The calendar day, in the phase's quota zone, that the instant belongs to.</summary>
    public DateOnly QuotaDayOf(DateTime instantUtc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(Instants.RequireUtc(instantUtc, nameof(instantUtc)), QuotaTimeZones.Find(QuotaTimeZoneId));
        return DateOnly.FromDateTime(local);
    }

    /// <summary>
    /// The UTC interval [start, end) of a quota day, for counting a team's submissions of that day in the database.
    /// </summary>
    public (DateTime StartUtc, DateTime EndUtc) QuotaDayWindowUtc(DateOnly day)
    {
        var zone = QuotaTimeZones.Find(QuotaTimeZoneId);
        return (LocalMidnightToUtc(day, zone), LocalMidnightToUtc(day.AddDays(1), zone));
    }

    public void ReleaseBoard(DateTime nowUtc) => BoardReleasedAt ??= Instants.RequireUtc(nowUtc, nameof(nowUtc));

    /// <summary>Whether participants may see the board at the instant.</summary>
    public bool IsBoardVisibleToParticipants => BoardVisibility == BoardVisibility.Public || BoardReleasedAt is not null;

    public void UseInputs(Guid datasetId) => InputsDatasetId = datasetId;

    public void UseGold(Guid goldDatasetId) => GoldDatasetId = goldDatasetId;

    internal void Apply(PhaseSettings settings)
    {
        Code = settings.Code.Trim();
        NameZh = settings.NameZh.Trim();
        NameEn = settings.NameEn.Trim();
        OpensAt = Instants.RequireUtc(settings.OpensAt, nameof(settings.OpensAt));
        ClosesAt = Instants.RequireUtc(settings.ClosesAt, nameof(settings.ClosesAt));
        QuotaTimeZoneId = settings.QuotaTimeZoneId;
        DailyLimit = settings.DailyLimit;
        TotalLimit = settings.TotalLimit;
        FailedSubmissionsCountTowardQuota = settings.FailedSubmissionsCountTowardQuota;
        FailedDailyCap = settings.FailedDailyCap;
        Representative = settings.Representative;
        SelectionLimit = settings.SelectionLimit;
        BoardVisibility = settings.BoardVisibility;
        MaxAdditionalCodes = settings.MaxAdditionalCodes;
    }

    private static DateTime LocalMidnightToUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Where a DST jump skips midnight the day starts at the first valid local time.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
