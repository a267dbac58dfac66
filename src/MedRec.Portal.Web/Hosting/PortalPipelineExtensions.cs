using MedRec.Portal.Web.Security;

namespace MedRec.Portal.Web.Hosting;

/// <summary>The HTTP pipeline, in the order the middleware must run.</summary>
public static class PortalPipelineExtensions
{
    /// <summary>Forwarded headers, error handling, HSTS, localisation, rate limits, authentication, antiforgery.</summary>
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // First: everything after it (rate limits, HTTPS checks, HSTS, Secure cookies) sees the client, not the proxy.
        app.UseForwardedHeaders();
        app.UsePortalSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UsePortalStatusCodePages();
        app.UseRequestLocalization();

        // API rate limits run before authentication, so a flood is refused before it costs a token lookup.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
