using System.Globalization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// The viewer's culture, captured on the circuit. Live updates are raised on another thread (the scoring or baseline
/// worker, another user's request) whose culture flows into <c>InvokeAsync</c>: without <see cref="Restore"/> the
/// re-render would come out in the publisher's language instead of the viewer's.
/// </summary>
public sealed class CircuitCulture
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private CircuitCulture(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = culture;
        _uiCulture = uiCulture;
    }

    /// <summary>The current thread's culture: call it on the circuit (component initialisation).</summary>
    public static CircuitCulture Capture() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    /// <summary>Makes the captured culture current again (it then flows into the awaits and dispatches that follow).</summary>
    public void Restore()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
