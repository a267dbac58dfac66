using MedRec.Portal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>Hands use cases a fresh <see cref="PortalDbContext"/> from EF Core's pooled-free factory.</summary>
public sealed class PortalDbContextFactory(IDbContextFactory<PortalDbContext> inner) : IPortalDbContextFactory
{
    public async Task<IPortalDbContext> CreateAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
}
