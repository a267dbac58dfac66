using MedRec.Portal.Domain.ApiTokens;

namespace MedRec.Portal.Application.Features.ApiTokens;

/// <summary>A token as its owner's profile lists it: never the secret, only its first characters.</summary>
public sealed record ApiTokenInfo(
    Guid Id,
    string Name,
    string DisplayPrefix,
    DateTime CreatedAt,
    DateTime? ExpiresAt,
    DateTime? LastUsedAt,
    DateTime? RevokedAt)
{
    internal static ApiTokenInfo From(ApiToken token) =>
        new(token.Id, token.Name, token.DisplayPrefix, token.CreatedAt, token.ExpiresAt, token.LastUsedAt, token.RevokedAt);

    /// <summary>Usable now: neither revoked nor expired.</summary>
    public bool IsActiveAt(DateTime nowUtc) => RevokedAt is null && (ExpiresAt is null || nowUtc < ExpiresAt);
}
