using System.Diagnostics.CodeAnalysis;

namespace MedRec.Portal.Domain.Tasks;

/// <summary>Looks up IANA zone ids (on Linux and on Windows with ICU) without throwing on unknown ids.</summary>
public static class QuotaTimeZones
{
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone) ? zone : throw new TimeZoneNotFoundException($"Unknown IANA time zone id \"{id}\".");
}
