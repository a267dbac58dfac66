using System.Globalization;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Web.Components.Account.Forms;

namespace MedRec.Portal.Web.Components.Pages.Organizer.Forms;

/// <summary>
/// The phase editor's fields. Times are typed as wall-clock time in the phase's zone (how organisers publish
/// deadlines, e.g. "2025-06-30 23:59" Beijing time) and converted to UTC for the use case.
/// </summary>
public sealed class PhaseForm
{
    /// <summary>The format the date fields accept.</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string Opens { get; set; } = "";

    public string Closes { get; set; } = "";

    public string TimeZoneId { get; set; } = PhaseSettings.DefaultTimeZoneId;

    public int DailyLimit { get; set; } = 5;

    public int TotalLimit { get; set; } = 100;

    public int? MaxAdditionalCodes { get; set; }

    public RepresentativeSubmission Representative { get; set; } = RepresentativeSubmission.Best;

    public int SelectionLimit { get; set; } = 1;

    public BoardVisibility BoardVisibility { get; set; } = BoardVisibility.Public;

    /// <summary>The form for a new phase of a <paramref name="kind"/> task: ICD phases start with the default cap on additional codes.</summary>
    public static PhaseForm New(TaskKind kind) => new() { MaxAdditionalCodes = PhaseSettings.DefaultMaxAdditionalCodes(kind) };

    /// <summary>The form filled from an existing phase.</summary>
    public static PhaseForm From(PhaseSummary phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var settings = phase.Settings;
        var zone = QuotaTimeZones.TryFind(settings.QuotaTimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new PhaseForm
        {
            Code = settings.Code,
            NameZh = settings.NameZh,
            NameEn = settings.NameEn,
            Opens = ToLocalText(settings.OpensAt, zone),
            Closes = ToLocalText(settings.ClosesAt, zone),
            TimeZoneId = settings.QuotaTimeZoneId,
            DailyLimit = settings.DailyLimit,
            TotalLimit = settings.TotalLimit,
            MaxAdditionalCodes = settings.MaxAdditionalCodes,
            Representative = settings.Representative,
            SelectionLimit = settings.SelectionLimit,
            BoardVisibility = settings.BoardVisibility,
        };
    }

    /// <summary>Every problem the form can see by itself (the domain checks overlaps with other phases).</summary>
    public IEnumerable<FormError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            yield return new FormError(nameof(Code), "Phase.Validation.CodeRequired");
        }

        var zoneKnown = QuotaTimeZones.TryFind(TimeZoneId, out var zone);
        if (!zoneKnown)
        {
            yield return new FormError(nameof(TimeZoneId), "Phase.Validation.ZoneUnknown", TimeZoneId);
        }

        var opens = ParseLocal(Opens, zone ?? TimeZoneInfo.Utc);
        var closes = ParseLocal(Closes, zone ?? TimeZoneInfo.Utc);
        if (opens is null)
        {
            yield return new FormError(nameof(Opens), "Phase.Validation.TimeFormat", TimeFormat);
        }

        if (closes is null)
        {
            yield return new FormError(nameof(Closes), "Phase.Validation.TimeFormat", TimeFormat);
        }

        if (opens is not null && closes is not null && closes <= opens)
        {
            yield return new FormError(nameof(Closes), "Phase.Validation.ClosesBeforeOpens");
        }

        if (DailyLimit < 1)
        {
            yield return new FormError(nameof(DailyLimit), "Phase.Validation.AtLeastOne");
        }

        if (TotalLimit < 1)
        {
            yield return new FormError(nameof(TotalLimit), "Phase.Validation.AtLeastOne");
        }
        else if (DailyLimit > TotalLimit)
        {
            yield return new FormError(nameof(DailyLimit), "Phase.Validation.DailyAboveTotal");
        }

        if (MaxAdditionalCodes is < 1)
        {
            yield return new FormError(nameof(MaxAdditionalCodes), "Phase.Validation.AtLeastOneOrEmpty");
        }

        if (Representative == RepresentativeSubmission.Selected && SelectionLimit < 1)
        {
            yield return new FormError(nameof(SelectionLimit), "Phase.Validation.AtLeastOne");
        }
    }

    /// <summary>The settings for the use case; call only when <see cref="Validate"/> found nothing.</summary>
    public PhaseSettings ToSettings()
    {
        var zone = QuotaTimeZones.Find(TimeZoneId);
        return new PhaseSettings
        {
            Code = Code.Trim(),
            NameZh = NameZh.Trim(),
            NameEn = NameEn.Trim(),
            OpensAt = ParseLocal(Opens, zone) ?? throw new InvalidOperationException("Validate the form first: the opening time does not parse."),
            ClosesAt = ParseLocal(Closes, zone) ?? throw new InvalidOperationException("Validate the form first: the closing time does not parse."),
            QuotaTimeZoneId = TimeZoneId,
            DailyLimit = DailyLimit,
            TotalLimit = TotalLimit,
            MaxAdditionalCodes = MaxAdditionalCodes,
            Representative = Representative,
            SelectionLimit = SelectionLimit,
            BoardVisibility = BoardVisibility,
        };
    }

    /// <summary>A UTC instant as the text the form shows in <paramref name="zone"/>.</summary>
    public static string ToLocalText(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Wall-clock text (<see cref="TimeFormat"/>) in <paramref name="zone"/> as UTC, or null when it does not parse or does not exist there.</summary>
    public static DateTime? ParseLocal(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(text?.Trim(), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // A wall-clock time skipped by a DST jump does not exist in that zone.
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }
}
