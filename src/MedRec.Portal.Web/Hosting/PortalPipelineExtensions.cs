namespace MedRec.Portal.Web.Hosting;

/// <summary>The HTTP pipeline, in the order the middleware must run.</summary>
public static class PortalPipelineExtensions
{
    /// <summary>Error handling, localisation, static assets, authentication, antiforgery.</summary>
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
