using MedRec.Portal.Web.Localization;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Time;

/// <summary>A time zone's name in the reader's language ("北京时间", "Beijing time"), for the zones tasks use.</summary>
public static class ZoneNames
{
    /// <summary>The localised name from the resources (<c>Zone.Asia/Shanghai</c>), or the zone's id where none is given.</summary>
    public static string Display(TimeZoneInfo zone, IStringLocalizer<SharedResource> localizer)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(localizer);
        var name = localizer["Zone." + zone.Id];
        return name.ResourceNotFound ? zone.Id : name.Value;
    }
}
