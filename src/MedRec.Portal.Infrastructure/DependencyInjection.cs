using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Analysis;
using MedRec.Portal.Infrastructure.Baseline.Portal;
using MedRec.Portal.Infrastructure.Datasets;
using MedRec.Portal.Infrastructure.Email;
using MedRec.Portal.Infrastructure.Exports;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Leaderboards;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Scaling;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Infrastructure.Submissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MedRec.Portal.Infrastructure;

/// <summary>The one call a host makes to get the database, Identity stores, email and seeding.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers this process's roles and the services shared between instances
    /// (<see cref="ScalingServices.AddPortalScaling"/>), the provider chosen by <c>Database:Provider</c> (throws at once, listing the valid values, when
    /// it is unknown), <see cref="IDbContextFactory{PortalDbContext}"/> and <see cref="IPortalDbContextFactory"/>,
    /// Identity (users, roles, token providers, lockout and password rules; a web host adds
    /// <see cref="AddPortalSignIn"/>), <see cref="IGoldDatasetStore"/>,
    /// <see cref="IEmailSender"/> per <c>Email:Sink</c>, <see cref="OrganizerAccounts"/>, the leaderboard services
    /// (<see cref="LeaderboardServices.AddPortalLeaderboards"/>), the baseline runner and its worker
    /// (<see cref="BaselinePortalServices.AddPortalBaselines"/>), the demo seeder, and
    /// (unless <c>Database:MigrateOnStart</c> is false) a hosted service that migrates and seeds at start.
    /// </summary>
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var provider = DatabaseProviderSetup.ParseProvider(database.Provider);
        var connectionString = DatabaseProviderSetup.ResolveConnectionString(configuration, provider, database);

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.SectionName));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.SectionName));

        // Also registers PortalDbContext as scoped, which the Identity stores need.
        services.AddDbContextFactory<PortalDbContext>(options => options.UseProvider(provider, connectionString));
        services.AddSingleton<IPortalDbContextFactory, PortalDbContextFactory>();
        services.AddSingleton<IGoldDatasetStore, GoldDatasetStore>();
        services.AddSingleton<IResultsExportWriter, ResultsExportWriter>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseInitializer>();
        if (database.MigrateOnStart)
        {
            // First of all hosted services, including those registered before this call (Blazor Server adds data
            // protection, whose key ring is read from the database at start): on a new database its table exists
            // only once the migrations have run. Hosted services start in registration order.
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseInitializationService>());
        }

        // Roles, the bus between instances, work signals and the key ring in the database (cookies valid on every instance).
        var instance = services.AddPortalScaling(configuration);
        services.AddIdentityCore<PortalUser>(PortalIdentityOptions.Configure)
            .AddRoles<PortalRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders();
        services.AddScoped<OrganizerAccounts>();
        services.AddSingleton<IAccountManager, IdentityAccountManager>();
        services.AddSingleton<Application.Features.Users.Links.AccountMails>();

        // Confirmation and reset links work as long as their mails say (AccountMails.LinkLifetime).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = Application.Features.Users.Links.AccountMails.LinkLifetime);

        var sink = configuration[$"{EmailOptions.SectionName}:Sink"];
        if (string.Equals(sink, "Files", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender, FileEmailSender>();
        }
        else if (string.IsNullOrEmpty(sink) || string.Equals(sink, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            throw new InvalidOperationException($"Unknown email sink \"{sink}\" in configuration key {EmailOptions.SectionName}:Sink. Valid values: Smtp, Files.");
        }

        services.AddScoped<DemoSeeder>();
        // The initializer's hosted service comes first (above): the workers below find a migrated database.
        services.AddPortalSubmissions(configuration, instance);
        services.AddPortalLeaderboards(configuration, instance);
        services.AddPortalBaselines(configuration, instance);
        services.AddPortalAnalysis(configuration, instance);
        services.AddPortalEmailOutbox(configuration, instance);

        return services;
    }

    /// <summary>
    /// For web hosts, after <see cref="AddPortalInfrastructure"/>: the sign-in manager and Identity's cookie
    /// schemes (application, external, two-factor), with the application cookie as default scheme.
    /// </summary>
    public static IServiceCollection AddPortalSignIn(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        new IdentityBuilder(typeof(PortalUser), typeof(PortalRole), services).AddSignInManager();
        return services;
    }
}
