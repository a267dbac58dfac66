using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Web.Localization;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Time;

/// <summary>
/// The one way the portal writes an instant: wall-clock time in the task's zone with the zone's localised name
/// ("北京时间 2025-06-30 23:59", "2025-06-30 23:59 Beijing time"), then the viewer's own time where the browser is in
/// another zone. Pages never format instants themselves; they use this or <c>ZonedTime</c>, which renders it.
/// </summary>
public static class TimeDisplay
{
    /// <summary>The zone a task's times are shown in when it has no phase yet (the portal's default).</summary>
    public static TimeZoneInfo DefaultZone => PhaseTimeZones.FindOrUtc(PhaseSettings.DefaultTimeZoneId);

    /// <summary>
    /// The zone a task's own instants (terms, announcements, fact sheets) are written in: its running phase's, else its
    /// first phase's, else the portal's default.
    /// </summary>
    public static TimeZoneInfo ZoneOf(IReadOnlyList<PhaseSummary> phases, Guid? currentPhaseId)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var phase = phases.FirstOrDefault(p => p.Id == currentPhaseId) ?? phases.FirstOrDefault();
        return phase is null ? DefaultZone : PhaseTimeZones.FindOrUtc(phase.Settings.QuotaTimeZoneId);
    }

    /// <summary>A wall-clock reading only ("00:00"), for sentences that already name the zone.</summary>
    public static string Clock(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The instant in <paramref name="zone"/>, with the zone's name.</summary>
    public static string InZone(DateTime utc, TimeZoneInfo zone, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Time.InZone", PhaseTimeZones.Format(utc, zone), ZoneNames.Display(zone, text)];
    }

    /// <summary>
    /// The instant in the viewer's zone, marked as theirs; null when the viewer's zone is not known yet (before the
    /// browser answered) or is the task's own, so nothing is repeated.
    /// </summary>
    public static string? ForViewer(DateTime utc, TimeZoneInfo taskZone, TimeZoneInfo? viewerZone, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(taskZone);
        ArgumentNullException.ThrowIfNull(text);
        if (viewerZone is null || SameClock(utc, taskZone, viewerZone))
        {
            return null;
        }

        return text["Time.Viewer", PhaseTimeZones.Format(utc, viewerZone), ZoneNames.Display(viewerZone, text)];
    }

    /// <summary>Both parts on one line, for sentences and menus: "2025-06-30 23:59 Beijing time · 2025-06-30 17:59 your time (Europe/Berlin)".</summary>
    public static string Text(DateTime utc, TimeZoneInfo taskZone, TimeZoneInfo? viewerZone, IStringLocalizer<SharedResource> text)
    {
        var main = InZone(utc, taskZone, text);
        return ForViewer(utc, taskZone, viewerZone, text) is { } viewer ? $"{main} · {viewer}" : main;
    }

    /// <summary>A window such as a phase's, "2025-06-01 00:00 → 2025-06-30 23:59 Beijing time", with the viewer's where it differs.</summary>
    public static string Range(DateTime fromUtc, DateTime toUtc, TimeZoneInfo taskZone, TimeZoneInfo? viewerZone, IStringLocalizer<SharedResource> text)
    {
        var main = RangeInZone(fromUtc, toUtc, taskZone, text);
        return RangeForViewer(fromUtc, toUtc, taskZone, viewerZone, text) is { } viewer ? $"{main} · {viewer}" : main;
    }

    /// <summary>The window in <paramref name="zone"/>, with the zone's name.</summary>
    public static string RangeInZone(DateTime fromUtc, DateTime toUtc, TimeZoneInfo zone, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Time.InZone", $"{PhaseTimeZones.Format(fromUtc, zone)} → {PhaseTimeZones.Format(toUtc, zone)}", ZoneNames.Display(zone, text)];
    }

    /// <summary>The window in the viewer's zone, marked as theirs; null when unknown or the same clock as the task's.</summary>
    public static string? RangeForViewer(DateTime fromUtc, DateTime toUtc, TimeZoneInfo taskZone, TimeZoneInfo? viewerZone, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(taskZone);
        ArgumentNullException.ThrowIfNull(text);
        if (viewerZone is null || SameClock(fromUtc, taskZone, viewerZone))
        {
            return null;
        }

        return text["Time.Viewer", $"{PhaseTimeZones.Format(fromUtc, viewerZone)} → {PhaseTimeZones.Format(toUtc, viewerZone)}", ZoneNames.Display(viewerZone, text)];
    }

    // Two ids can name the same clock (UTC and Etc/UTC); only a different wall-clock reading is worth a second line.
    private static bool SameClock(DateTime utc, TimeZoneInfo a, TimeZoneInfo b) =>
        a.Id == b.Id || a.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) == b.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
