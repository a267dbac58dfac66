using MedRec.Portal.Infrastructure.Scaling;
using MedRec.Portal.Web.Components;
using MedRec.Portal.Web.Endpoints;
using MedRec.Portal.Web.Endpoints.Api;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MedRec.Portal.Web.Hosting;

/// <summary>Maps the pages and the minimal-API endpoints.</summary>
public static class PortalEndpointExtensions
{
    /// <summary>
    /// Health, and where the process has the <see cref="ProcessRole.Web"/> role: static assets, Razor components,
    /// account and culture endpoints, downloads and the REST API (/api/v1, /openapi/v1.json). A worker process
    /// (<c>Portal:Roles=Scoring</c>) answers only /health.
    /// </summary>
    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // 200 "Healthy" when the database answers, 503 "Unhealthy" otherwise (the default status mapping).
        app.MapHealthChecks("/health", new HealthCheckOptions()).AllowAnonymous();
        if (!app.Services.GetRequiredService<PortalInstance>().Has(ProcessRole.Web))
        {
            return app;
        }

        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapDownloadEndpoints();
        app.MapPortalApi();
        app.MapExportEndpoints();
        return app;
    }
}
