using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.ApiTokens.AuthenticateApiToken;

/// <summary>
/// Who a presented bearer secret belongs to: its owner (with the organiser role, as the portal's claims would say)
/// or why it is refused (malformed, unknown, revoked, expired, locked account; see <see cref="ApiTokenErrors"/>).
/// Records the use ("last used"), at most once a minute per token so busy scripts do not write on every call.
/// </summary>
public sealed record AuthenticateApiTokenQuery(string Secret) : IQuery<Result<ApiTokenOwner>>
{
    // Records print every property; the secret must never reach a log.
    public override string ToString() => "AuthenticateApiTokenQuery { Secret = *** }";
}

/// <summary>The owner of a valid token, and the token (for rate limits and logs).</summary>
public sealed record ApiTokenOwner(Guid UserId, bool IsOrganizer, string DisplayName, Guid TokenId, string TokenName);
