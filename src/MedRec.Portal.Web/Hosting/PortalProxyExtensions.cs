using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MedRec.Portal.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (deploy/nginx): the client's address and scheme come from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, trusted only from the proxies named in <c>ForwardedHeaders:KnownProxies</c> (addresses)
/// and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), both comma-separated; loopback is always trusted. So rate
/// limits see the real client, and a TLS-terminating proxy makes the portal issue Secure cookies and HSTS.
/// </summary>
public static class PortalProxyExtensions
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var proxies = List(section, "KnownProxies").Select(value => IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{SectionName}:KnownProxies: \"{value}\" is not an IP address (write e.g. 10.0.0.5,10.0.0.6).")).ToList();
        var networks = List(section, "KnownNetworks").Select(value => System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{SectionName}:KnownNetworks: \"{value}\" is not a CIDR range (write e.g. 172.16.0.0/12).")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    // A comma-separated value (environment variables) or a configuration array (appsettings).
    private static IEnumerable<string> List(IConfigurationSection section, string key) =>
        (section[key] is { } list ? list.Split(',') : section.GetSection(key).GetChildren().Select(c => c.Value ?? ""))
        .Select(v => v.Trim())
        .Where(v => v.Length > 0);
}
