using System.Globalization;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Web.Localization;
using MedRec.Portal.Web.Time;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Components.Pages.Submissions.Components;

/// <summary>
/// The quota as one sentence: "2 of 3 left today — resets at 00:00 Beijing time (17:00 your time)", and the
/// phase's total. Times are wall-clock readings of the reset instant in the phase's zone and the viewer's.
/// </summary>
public static class QuotaText
{
    /// <summary>Today's part, with the reset time in the phase's zone and, when it differs, the viewer's.</summary>
    public static string Today(QuotaStatus quota, TimeZoneInfo viewerZone, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(viewerZone);
        ArgumentNullException.ThrowIfNull(text);
        var phaseZone = PhaseTimeZones.FindOrUtc(quota.TimeZoneId);
        var atPhase = Clock(quota.ResetsAtUtc, phaseZone);
        var atViewer = Clock(quota.ResetsAtUtc, viewerZone);
        var resets = SameClock(quota.ResetsAtUtc, phaseZone, viewerZone)
            ? text["Quota.ResetsAt", atPhase, ZoneName(quota.TimeZoneId, text)]
            : text["Quota.ResetsAtWithYours", atPhase, ZoneName(quota.TimeZoneId, text), atViewer];
        return text["Quota.LeftToday", quota.RemainingToday, quota.DailyLimit, resets];
    }

    /// <summary>The phase's total part: "12 of 20 left in this phase".</summary>
    public static string Total(QuotaStatus quota, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(text);
        return text["Quota.LeftTotal", quota.RemainingTotal, quota.TotalLimit];
    }

    /// <summary>"Beijing time" for Asia/Shanghai (how participants in China say it), else "&lt;zone id&gt; time".</summary>
    public static string ZoneName(string zoneId, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return zoneId switch
        {
            "Asia/Shanghai" or "China Standard Time" => text["Quota.BeijingTime"],
            "UTC" or "Etc/UTC" => "UTC",
            _ => text["Quota.ZoneTime", zoneId],
        };
    }

    private static string Clock(DateTime utc, TimeZoneInfo zone) => TimeDisplay.Clock(utc, zone);

    private static bool SameClock(DateTime utc, TimeZoneInfo a, TimeZoneInfo b) =>
        a.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) == b.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
