using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Users.ListUsers;

public sealed class ListUsersHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListUsersQuery, Result<PagedList<UserSummary>>>
{
    public async ValueTask<Result<PagedList<UserSummary>>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (page, size, skip) = PagedList<UserSummary>.Normalize(query.Page, query.PageSize);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var users = db.UserSummaries;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToUpperInvariant();
            users = users.Where(u => u.Email.ToUpper().Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        var total = await users.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await users.OrderBy(u => u.Email).Skip(skip).Take(size).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PagedList<UserSummary>(items, total, page, size);
    }
}
