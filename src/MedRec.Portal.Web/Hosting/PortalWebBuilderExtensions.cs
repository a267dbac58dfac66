using System.Text.Encodings.Web;
using System.Text.Unicode;
using MedRec.Portal.Infrastructure;
using MedRec.Portal.Web.Localization;
using MedRec.Portal.Web.Time;
using MudBlazor.Services;

namespace MedRec.Portal.Web.Hosting;

/// <summary>Registers everything the web host needs, one concern per call.</summary>
public static class PortalWebBuilderExtensions
{
    /// <summary>Adds the portal's services: UI, localisation, data, identity, use cases, health checks.</summary>
    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // No Server header: it only tells a scanner which server to target.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // Values that do not bind throw, so ApiErrorResponses can name the parameter in a 400 problem (the
        // default outside Development is an empty 400 that says nothing).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddPortalLocalization();

        // Chinese text goes out as characters, not as &#x...; entities: pages stay readable and half the size.
        // Markup-significant characters (< > & " ') are still encoded.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<BrowserTimeZone>();
        services.Configure<ContactOptions>(builder.Configuration.GetSection(ContactOptions.Section));
        services.AddHostedService<ListeningUrlReporter>();

        services.AddPortalInfrastructure(builder.Configuration);
        services.AddPortalAuthentication(secureCookies: builder.Environment.IsProduction());
        services.AddPortalForwardedHeaders(builder.Configuration);
        services.AddPortalApi(builder.Configuration);
        services.AddPortalUseCases();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
