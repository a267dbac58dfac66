using System.Globalization;
using Bunit;
using MedRec.Portal.Web.Time;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MedRec.Portal.Web.Tests.Support;

/// <summary>
/// A bUnit context set up like the portal: MudBlazor services, real localisation from the web project's resx,
/// a hand-set clock, and loose JS interop with the browser's time zone answered by the test.
/// </summary>
public abstract class PortalComponentTest : IAsyncDisposable
{
    private readonly CultureInfo _previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _previousUiCulture = CultureInfo.CurrentUICulture;

    protected PortalComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddLocalization();
        Context.Services.AddSingleton<TimeProvider>(Clock);
        Context.Services.AddScoped<BrowserTimeZone>();
        UseCulture("en");
    }

    /// <summary>2025-06-01 12:00:00 UTC unless a test moves it.</summary>
    internal FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    protected BunitContext Context { get; } = new();

    /// <summary>Makes the component see <paramref name="culture"/> as the request's language.</summary>
    protected static void UseCulture(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
    }

    /// <summary>The browser reports this IANA zone through JS interop.</summary>
    protected void BrowserReportsZone(string zoneId) =>
        Context.JSInterop.Setup<string?>(BrowserTimeZone.JsFunction).SetResult(zoneId);

    public async ValueTask DisposeAsync()
    {
        CultureInfo.CurrentCulture = _previousCulture;
        CultureInfo.CurrentUICulture = _previousUiCulture;
        await Context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
