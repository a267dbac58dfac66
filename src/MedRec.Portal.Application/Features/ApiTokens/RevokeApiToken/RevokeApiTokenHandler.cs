using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.ApiTokens;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.ApiTokens.RevokeApiToken;

public sealed class RevokeApiTokenHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<RevokeApiTokenCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeApiTokenCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);

        // Someone else's token is "not found": its existence is none of the caller's business.
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == command.TokenId && t.UserId == command.Actor.UserId, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return Result.Failure(ApiTokenErrors.NotFound);
        }

        if (token.IsRevoked)
        {
            return Result.Success();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        token.Revoke(now);
        db.Audit(command.Actor, ApiTokenAuditActions.Revoked, nameof(ApiToken), token.Id, before: null, new { token.Name, token.DisplayPrefix, token.RevokedAt }, now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
