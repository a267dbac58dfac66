using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Email;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Infrastructure.Scaling;
using MedRec.Portal.Infrastructure.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Email;

/// <summary>Registers the e-mail outbox (docs/email.md): the port use cases queue through, its worker service and lease worker.</summary>
public static class EmailServices
{
    /// <summary>
    /// <c>Email:Outbox</c> options, <see cref="IEmailOutbox"/>, <see cref="EmailOutboxService"/> and, where the process
    /// has the <see cref="ProcessRole.Notifications"/> role and <c>Email:Outbox:WorkerEnabled</c> is not false, one lease
    /// worker (mail is light; one loop per instance keeps the order and the server's connection count low).
    /// </summary>
    public static IServiceCollection AddPortalEmailOutbox(this IServiceCollection services, IConfiguration configuration, PortalInstance instance)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(instance);
        services.Configure<EmailOutboxOptions>(configuration.GetSection(EmailOutboxOptions.SectionName));
        services.AddSingleton<IEmailOutbox, EmailOutbox>();
        services.AddSingleton<EmailOutboxService>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.AddSingleton<Notifier>();
        services.AddSingleton<PhaseReminderService>();
        var options = configuration.GetSection(EmailOutboxOptions.SectionName).Get<EmailOutboxOptions>() ?? new EmailOutboxOptions();
        if (options.WorkerEnabled && instance.Has(ProcessRole.Notifications))
        {
            services.AddLeaseWorker<EmailOutboxService>(sp =>
            {
                var current = sp.GetRequiredService<IOptions<EmailOutboxOptions>>();
                return () => new LeaseWorkerSettings(1, current.Value.PollInterval);
            });
        }

        if (instance.Has(ProcessRole.Notifications))
        {
            services.AddHostedService<PhaseReminderJob>();
        }

        return services;
    }
}
