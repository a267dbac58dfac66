namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// Creates a fresh <see cref="IPortalDbContext"/> per operation. Handlers are singletons (Mediator's default)
/// and Blazor circuits are long-lived, so nobody holds a context longer than one use case.
/// </summary>
public interface IPortalDbContextFactory
{
    Task<IPortalDbContext> CreateAsync(CancellationToken cancellationToken = default);
}
