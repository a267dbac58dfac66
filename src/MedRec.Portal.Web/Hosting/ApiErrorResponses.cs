using MedRec.Portal.Domain.Common;
using MedRec.Portal.Web.Endpoints.Api;

namespace MedRec.Portal.Web.Hosting;

/// <summary>
/// Under <c>/api</c> every refusal is a problem document: a bare status (401 from the cookie, 404, 405) gets one
/// instead of the HTML "not found" page, and a query or route value that does not bind (<c>?page=abc</c>) is a
/// 400 naming the parameter instead of an exception page. Pages keep the HTML status pages.
/// </summary>
internal static class ApiErrorResponses
{
    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Status pages: problem+json for the API, the portal's page for everything else.</summary>
    public static WebApplication UsePortalStatusCodePages(this WebApplication app)
    {
        app.UseWhen(http => !IsApi(http), branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseWhen(IsApi, branch => branch.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext)));
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (BadHttpRequestException bad) when (!http.Response.HasStarted)
            {
                // Route handlers throw this for values that do not bind (RouteHandlerOptions.ThrowOnBadRequest is
                // on everywhere, so the message says which parameter and value); the caller gets it, not a 500.
                http.Response.Clear();
                await ApiProblems.Create(bad.StatusCode, ErrorCodes.Validation, $"{bad.Message} Check the parameter's type in /openapi/v1.json.")
                    .ExecuteAsync(http);
            }
        });
        return app;
    }

    private static Task WriteStatusAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var (code, detail) = status switch
        {
            StatusCodes.Status401Unauthorized => ("unauthorized", "Sign in, or send a personal API token (Authorization: Bearer mrp_…) to /api/v1 endpoints."),
            StatusCodes.Status403Forbidden => (ErrorCodes.Forbidden, "You may not use this endpoint."),
            StatusCodes.Status404NotFound => (ErrorCodes.NotFound, $"There is no endpoint {http.Request.Path}; the API's endpoints are listed in /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => ("method_not_allowed", $"{http.Request.Method} is not allowed on {http.Request.Path}."),
            _ => ("error", Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)),
        };
        return ApiProblems.Create(status, code, detail).ExecuteAsync(http);
    }
}
