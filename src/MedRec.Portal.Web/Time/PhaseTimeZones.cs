namespace MedRec.Portal.Web.Time;

/// <summary>Time-zone lookups and formatting shared by every place that shows an instant.</summary>
public static class PhaseTimeZones
{
    /// <summary>The zone of an IANA (or Windows) id, or UTC when the id is empty or unknown here.</summary>
    public static TimeZoneInfo FindOrUtc(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    /// <summary>An instant (UTC) as wall-clock time in <paramref name="zone"/>, e.g. <c>2025-06-30 23:59</c>.</summary>
    public static string Format(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
