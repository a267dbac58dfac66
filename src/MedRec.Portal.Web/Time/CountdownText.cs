using System.Globalization;
using MedRec.Portal.Web.Localization;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Time;

/// <summary>Formats the time left before a deadline, e.g. <c>2d 03:04:05</c> (<c>2天 03:04:05</c> in Chinese).</summary>
public static class CountdownText
{
    /// <summary>The remaining time; whole days are shown only when there is at least one.</summary>
    public static string Format(TimeSpan remaining, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (remaining < TimeSpan.Zero)
        {
            remaining = TimeSpan.Zero;
        }

        var clock = string.Create(
            CultureInfo.InvariantCulture,
            $"{remaining.Hours:00}:{remaining.Minutes:00}:{remaining.Seconds:00}");
        return remaining.Days > 0 ? $"{text["Countdown.Days", remaining.Days]} {clock}" : clock;
    }
}
