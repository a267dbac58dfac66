using MedRec.Portal.Web.Time;
using Microsoft.AspNetCore.Components;

namespace MedRec.Portal.Web.Components.Shared;

/// <summary>
/// A component that writes instants into sentences (TimeDisplay.Text) and so needs the viewer's zone itself: asks the
/// browser once after the first render (cached per circuit) and renders again. Null until then, so prerendered
/// text shows the task's zone only and never a guessed viewer zone.
/// </summary>
public abstract class ViewerZoneAware : ComponentBase
{
    [Inject]
    private BrowserTimeZone BrowserZone { get; set; } = default!;

    /// <summary>The viewer's zone; null until the browser has answered.</summary>
    protected TimeZoneInfo? ViewerZone { get; private set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            ViewerZone = await BrowserZone.GetAsync();
            StateHasChanged();
        }
    }
}
