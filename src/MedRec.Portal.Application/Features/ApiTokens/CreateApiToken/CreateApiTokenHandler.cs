using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.ApiTokens;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.ApiTokens.CreateApiToken;

public sealed class CreateApiTokenHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<CreateApiTokenCommand, Result<CreatedApiToken>>
{
    public async ValueTask<Result<CreatedApiToken>> Handle(CreateApiTokenCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = command.ExpiresAtUtc is { } e ? Instants.RequireUtc(e, nameof(command.ExpiresAtUtc)) : (DateTime?)null;
        if (ApiToken.CheckNew(command.Name, now, expires) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var active = await db.ApiTokens.AsNoTracking()
            .CountAsync(t => t.UserId == command.Actor.UserId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), cancellationToken)
            .ConfigureAwait(false);
        if (active >= ApiTokenErrors.MaxActivePerUser)
        {
            return ApiTokenErrors.TooMany;
        }

        var (token, secret) = ApiToken.Create(Guid.CreateVersion7(), command.Actor.UserId, command.Name, now, expires);
        db.ApiTokens.Add(token);

        // The audit keeps what identifies the token, never the secret or its hash.
        db.Audit(command.Actor, ApiTokenAuditActions.Created, nameof(ApiToken), token.Id, before: null, new { token.Name, token.DisplayPrefix, token.ExpiresAt }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsFailure ? Result<CreatedApiToken>.Failure(saved.Errors) : new CreatedApiToken(ApiTokenInfo.From(token), secret);
    }
}
