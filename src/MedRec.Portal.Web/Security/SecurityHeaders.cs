using System.Buffers.Text;
using System.Security.Cryptography;

namespace MedRec.Portal.Web.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows exactly what Blazor Server and MudBlazor
/// use, no MIME sniffing, no referrer to other sites. The Server header is switched off in Kestrel
/// (<see cref="Hosting.PortalWebBuilderExtensions"/>), and removed here too for anything in front that adds it.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "MedRec.Portal.CspNonce";

    /// <summary>This response's nonce for the one inline script the page needs (Blazor's import map).</summary>
    public static string Nonce(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[NonceKey] as string ?? "";
    }

    /// <summary>
    /// The policy. Scripts: our own files and the nonce'd import map, never inline handlers or eval (Blazor Server
    /// needs neither). Styles: MudBlazor sets style attributes on its components, so inline styles are allowed.
    /// connect-src 'self' covers the circuit's WebSocket on the same host. Images may be data: URIs (MudBlazor's
    /// icons, chart exports). No framing, no plugins, forms and base URL only to this site.
    /// </summary>
    public static string Policy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Adds the headers (call first in the pipeline, so error pages carry them too).</summary>
    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            // Base64url: '+' and '/' would be HTML-encoded in the nonce attribute (&#x2B;), which browsers
            // decode but which makes the page text differ from the header; '-' and '_' are valid CSP nonce characters.
            var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
            http.Items[NonceKey] = nonce;
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = Policy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.Remove("Server");
                return Task.CompletedTask;
            });
            await next(http);
        });
}
