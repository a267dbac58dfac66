using MedRec.Portal.Web.Components;
using MedRec.Portal.Web.Endpoints;
using MedRec.Portal.Web.Endpoints.Api;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MedRec.Portal.Web.Hosting;

/// <summary>Maps the pages and the minimal-API endpoints.</summary>
public static class PortalEndpointExtensions
{
    /// <summary>Static assets, Razor components, account and culture endpoints, downloads, the REST API (/api/v1, /openapi/v1.json) and health.</summary>
    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapDownloadEndpoints();
        app.MapPortalApi();
        app.MapExportEndpoints();

        // 200 "Healthy" when the database answers, 503 "Unhealthy" otherwise (the default status mapping).
        app.MapHealthChecks("/health", new HealthCheckOptions()).AllowAnonymous();
        return app;
    }
}
