using MedRec.Portal.Web.Hosting;
using MedRec.Portal.Web.Security;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>
/// The REST API for scripts under <c>/api/v1</c>: personal API tokens (<c>Authorization: Bearer mrp_…</c>) only,
/// never the sign-in cookie (so no cross-site request can use a browser's session), rate-limited per token and per
/// address, errors as RFC 7807 problem documents. The OpenAPI document is at <c>/openapi/v1.json</c>.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>Maps every <c>/api/v1</c> endpoint and the OpenAPI document.</summary>
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(ApiTokenDefaults.Policy)
            .WithTags("MedRec.Portal API");
        api.MapGet("/me", Me)
            .WithName("WhoAmI")
            .WithSummary("The token's owner: to check that a token works.")
            .Produces<MeResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapTaskApi();
        api.MapSubmissionApi();
        api.MapLeaderboardApi();
        api.MapLeaderboardFeed();

        // An unknown API path answers a problem document rather than the HTML "not found" page.
        endpoints.MapFallback(Prefix + "/{**path}", (string? path) => ApiProblems.Create(
                StatusCodes.Status404NotFound, Domain.Common.ErrorCodes.NotFound, $"There is no API endpoint {Prefix}/{path}; the endpoints are listed in /openapi/v1.json."))
            .AllowAnonymous()
            .ExcludeFromDescription();

        endpoints.MapOpenApi(PortalApiExtensions.OpenApiRoute).AllowAnonymous();
        return endpoints;
    }

    private static IResult Me(HttpContext http)
    {
        var actor = ApiCaller.Required(http);
        return TypedResults.Ok(new MeResponse(actor.UserId, http.User.Identity?.Name ?? "", actor.IsOrganizer));
    }

    /// <summary>Who a token acts as.</summary>
    public sealed record MeResponse(Guid UserId, string DisplayName, bool IsOrganizer);
}
