namespace MedRec.Portal.Application.Features.ApiTokens;

/// <summary>The audit action names of the API token use cases (stable: the audit page filters on them).</summary>
public static class ApiTokenAuditActions
{
    public const string Created = "api-token.created";
    public const string Revoked = "api-token.revoked";
}
