using MedRec.Portal.Web.Components;
using MedRec.Portal.Web.Endpoints;

namespace MedRec.Portal.Web.Hosting;

/// <summary>Maps the pages and the minimal-API endpoints.</summary>
public static class PortalEndpointExtensions
{
    /// <summary>Static assets, Razor components, the culture switch, downloads and health.</summary>
    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
        app.MapCultureEndpoint();
        return app;
    }
}
