using Microsoft.JSInterop;

namespace MedRec.Portal.Web.Time;

/// <summary>
/// The viewer's time zone, asked once per circuit from the browser (<c>Intl</c> through JS interop), so deadlines
/// are shown in the viewer's local time. Falls back to UTC when the browser cannot be asked (prerendering) or
/// names a zone this server does not know.
/// </summary>
public sealed class BrowserTimeZone(IJSRuntime js)
{
    /// <summary>The JS function (in _content/MedRec.Portal.Assets/js/portal.js) that returns the IANA zone id.</summary>
    public const string JsFunction = "medrecPortal.timeZone";

    private TimeZoneInfo? _zone;

    /// <summary>The browser's zone; only call after the first render (JS interop is unavailable while prerendering).</summary>
    public async ValueTask<TimeZoneInfo> GetAsync()
    {
        if (_zone is not null)
        {
            return _zone;
        }

        string? id;
        try
        {
            id = await js.InvokeAsync<string?>(JsFunction);
        }
        catch (JSException)
        {
            id = null;
        }

        _zone = PhaseTimeZones.FindOrUtc(id);
        return _zone;
    }
}
