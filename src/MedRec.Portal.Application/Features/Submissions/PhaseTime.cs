using System.Globalization;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>Instants as participants read them: UTC and the phase's quota zone side by side.</summary>
public static class PhaseTime
{
    /// <summary>The instant in the phase's zone (a local clock reading, kind Unspecified).</summary>
    public static DateTime ToPhaseLocal(DateTime instantUtc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(instantUtc, DateTimeKind.Utc), QuotaTimeZones.Find(timeZoneId));

    /// <summary>"2025-06-10 16:00 UTC (2025-06-11 00:00 Asia/Shanghai)".</summary>
    public static string Describe(DateTime instantUtc, string timeZoneId)
    {
        var local = ToPhaseLocal(instantUtc, timeZoneId);
        return string.Create(CultureInfo.InvariantCulture, $"{instantUtc:yyyy-MM-dd HH:mm} UTC ({local:yyyy-MM-dd HH:mm} {timeZoneId})");
    }
}
