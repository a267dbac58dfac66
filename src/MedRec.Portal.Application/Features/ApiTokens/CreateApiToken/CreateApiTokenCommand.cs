using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.ApiTokens.CreateApiToken;

/// <summary>
/// A signed-in user creates a personal API token for scripts. The result carries the secret, which is shown once
/// and never stored (only its hash is). <paramref name="ExpiresAtUtc"/> null: valid until revoked.
/// </summary>
public sealed record CreateApiTokenCommand(Actor Actor, string Name, DateTime? ExpiresAtUtc) : ICommand<Result<CreatedApiToken>>, IParticipantAccessible;

/// <summary>The new token and its secret, to show exactly once.</summary>
public sealed record CreatedApiToken(ApiTokenInfo Token, string Secret)
{
    // Records print every property; keep the secret out of logs and exception messages.
    public override string ToString() => $"CreatedApiToken {{ Token = {Token}, Secret = {Token.DisplayPrefix}… }}";
}
