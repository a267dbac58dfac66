using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>
/// Brings the database up to date at start: applies migrations, creates the roles, the configured first
/// organiser and (on an empty database, when <c>Seed:Demo</c> is true) the demo data.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<PortalDbContext> contexts,
    IServiceScopeFactory scopes,
    IOptions<SeedOptions> seed,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging (kept in the file once set): readers no longer block the single writer nor it
                // them, and a commit appends to the log instead of journalling and rewriting pages, so uploads,
                // claims and results (each its own short write transaction) queue behind each other far less.
                // synchronous stays FULL: an accepted upload survives a power cut as before.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        await OrganizerAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>()).ConfigureAwait(false);
        await SeedConfiguredOrganizerAsync(scope.ServiceProvider, cancellationToken).ConfigureAwait(false);

        if (seed.Value.Demo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SeedConfiguredOrganizerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var organizer = seed.Value.Organizer;
        if (string.IsNullOrWhiteSpace(organizer.Email))
        {
            return;
        }

        if (string.IsNullOrEmpty(organizer.Password))
        {
            throw new InvalidOperationException("Seed:Organizer:Email is set but Seed:Organizer:Password is empty; set both, or neither.");
        }

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync(organizer.Email).ConfigureAwait(false) is not null)
        {
            return;
        }

        var created = await services.GetRequiredService<OrganizerAccounts>()
            .CreateAsync(organizer.Email, organizer.Password, organizer.DisplayName, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (created.IsFailure)
        {
            throw new InvalidOperationException($"Could not create the organiser from Seed:Organizer: {created}");
        }

        logger.LogInformation("Created organiser {Email} from configuration", organizer.Email);
    }
}
