using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.ApiTokens;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.ApiTokens.AuthenticateApiToken;

public sealed class AuthenticateApiTokenHandler(IPortalDbContextFactory contexts, TimeProvider clock) : IQueryHandler<AuthenticateApiTokenQuery, Result<ApiTokenOwner>>
{
    /// <summary>"Last used" is for people, so minute precision is plenty and saves a write per request.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async ValueTask<Result<ApiTokenOwner>> Handle(AuthenticateApiTokenQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!ApiToken.LooksLikeSecret(query.Secret))
        {
            return ApiTokenErrors.Malformed;
        }

        var hash = ApiToken.HashSecret(query.Secret);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return ApiTokenErrors.Unknown;
        }

        if (token.CheckUsableAt(now) is { } unusable)
        {
            return new Error(token.IsRevoked ? ApiTokenErrors.RevokedCode : ApiTokenErrors.ExpiredCode, unusable.Message);
        }

        var owner = await db.UserSummaries.FirstOrDefaultAsync(u => u.Id == token.UserId, cancellationToken).ConfigureAwait(false);
        if (owner is null)
        {
            return ApiTokenErrors.Unknown;
        }

        // Only a disabled account stops its tokens. A sign-in lockout after wrong passwords does not: anyone who
        // knows an address could otherwise switch off a team's scripts before a deadline by mistyping on purpose.
        if (owner.IsDisabled)
        {
            return ApiTokenErrors.AccountDisabled;
        }

        if (token.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUsedResolution)
        {
            // A set-based update: no tracking, no version check; two racing requests both writing "now" is fine.
            await db.ApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken)
                .ConfigureAwait(false);
        }

        return new ApiTokenOwner(owner.Id, owner.IsOrganizer, owner.DisplayName, token.Id, token.Name);
    }
}
