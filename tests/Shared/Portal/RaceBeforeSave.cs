using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>
/// The portal's <see cref="IPortalDbContextFactory"/> with a hook: once armed, the first save of a context it hands
/// out runs the racing change first (then disarms). Handlers are singletons built by the mediator, so a race has to
/// be injected where they get their unit of work; unarmed, it only passes contexts through.
/// </summary>
public sealed class RaceBeforeSave(PortalDbContextFactory inner) : IPortalDbContextFactory
{
    private Action? _race;

    /// <summary>Replaces the portal's context factory with this one (same inner factory, same lifetime).</summary>
    public static void Decorate(IServiceCollection services)
    {
        services.AddSingleton<PortalDbContextFactory>();
        services.AddSingleton<RaceBeforeSave>();
        services.Replace(ServiceDescriptor.Singleton<IPortalDbContextFactory>(sp => sp.GetRequiredService<RaceBeforeSave>()));
    }

    public void Arm(Action race) => Volatile.Write(ref _race, race);

    public async Task<IPortalDbContext> CreateAsync(CancellationToken cancellationToken = default)
    {
        var db = await inner.CreateAsync(cancellationToken);
        if (Volatile.Read(ref _race) is not null)
        {
            ((DbContext)db).SavingChanges += (_, _) => Interlocked.Exchange(ref _race, null)?.Invoke();
        }

        return db;
    }
}
