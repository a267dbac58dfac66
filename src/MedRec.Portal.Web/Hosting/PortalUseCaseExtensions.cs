using Mediator;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Web.Hosting.Behaviors;

namespace MedRec.Portal.Web.Hosting;

/// <summary>The use cases (Mediator messages and handlers of the Application assembly) and their pipeline.</summary>
public static class PortalUseCaseExtensions
{
    /// <summary>
    /// Registers the source-generated mediator. Handlers are singletons (they take a DbContext factory, never a
    /// context); the behaviours run in the order listed, outermost first: logging sees every use case, refused
    /// ones too; authorisation refuses organiser-only messages from anyone else before their handler runs
    /// (docs/decisions: authorisation in the pipeline).
    /// </summary>
    public static IServiceCollection AddPortalUseCases(this IServiceCollection services)
    {
        // The generator reads these as compile-time constants: keep them literal.
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Singleton;
            options.Assemblies = [typeof(MedRec.Portal.Application.Common.Actor)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(AuthorizationBehavior<,>)];
        });
        return services;
    }
}
