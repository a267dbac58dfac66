using System.Globalization;
using MedRec.Portal.Web.Localization;
using MedRec.Portal.Web.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Tests.Time;

/// <summary>The one way instants are written: the task's zone with its localised name first, the viewer's after where it differs.</summary>
public sealed class TimeDisplayTests : IDisposable
{
    private static readonly DateTime Instant = new(2025, 6, 30, 15, 59, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    private IStringLocalizer<SharedResource> Text => _services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void WritesTheTasksZoneByNameThenTheViewersInEnglish()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        TimeDisplay.Text(Instant, Shanghai, Berlin, Text).ShouldBe("2025-06-30 23:59 Beijing time · 2025-06-30 17:59 your time (Europe/Berlin)");
    }

    [Fact]
    public void WritesBeijingTimeTheChineseWay()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        TimeDisplay.Text(Instant, Shanghai, Berlin, Text).ShouldBe("北京时间 2025-06-30 23:59 · 您的时间 2025-06-30 17:59（Europe/Berlin）");
        TimeDisplay.RangeInZone(Instant.AddDays(-29), Instant, Shanghai, Text).ShouldBe("北京时间 2025-06-01 23:59 → 2025-06-30 23:59");
    }

    [Fact]
    public void SaysTheTimeOnceWhenTheViewerIsUnknownOrOnTheSameClock()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        TimeDisplay.Text(Instant, Shanghai, null, Text).ShouldBe("2025-06-30 23:59 Beijing time");
        TimeDisplay.Text(Instant, Shanghai, Shanghai, Text).ShouldBe("2025-06-30 23:59 Beijing time");
        TimeDisplay.ForViewer(Instant, TimeZoneInfo.Utc, TimeZoneInfo.FindSystemTimeZoneById("Etc/UTC"), Text).ShouldBeNull();
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _before;
        _services.Dispose();
    }
}
