using MedRec.Portal.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.ApiTokens.ListApiTokens;

public sealed class ListApiTokensHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListApiTokensQuery, IReadOnlyList<ApiTokenInfo>>
{
    public async ValueTask<IReadOnlyList<ApiTokenInfo>> Handle(ListApiTokensQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var tokens = await db.ApiTokens.AsNoTracking()
            .Where(t => t.UserId == query.Actor.UserId)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. tokens.Select(ApiTokenInfo.From)];
    }
}
