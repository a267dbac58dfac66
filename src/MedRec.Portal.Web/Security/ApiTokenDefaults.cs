namespace MedRec.Portal.Web.Security;

/// <summary>Names of the API token authentication scheme and policy, and the claim carrying the token's id.</summary>
public static class ApiTokenDefaults
{
    /// <summary>The authentication scheme: <c>Authorization: Bearer mrp_…</c>.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>The authorization policy of the token-only API endpoints.</summary>
    public const string Policy = "ApiToken";

    public const string TokenIdClaim = "medrec:api_token_id";

    public const string BearerPrefix = "Bearer ";
}
