using Microsoft.Extensions.Configuration;

namespace MedRec.Portal.Cli.Database;

/// <summary>
/// The portal's configuration as the admin commands read it (docs/cli.md): appsettings.json in the current folder,
/// then environment variables (<c>Database__Provider</c>, <c>ConnectionStrings__Portal</c>, …), then the command's
/// <c>--provider</c>/<c>--connection</c>. Demo seeding and the configured first organiser are switched off: an admin
/// command does only what it was asked to.
/// </summary>
internal static class PortalConfiguration
{
    public static IConfiguration Build(string currentDirectory, string? provider, string? connection)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Seed:Demo"] = "false",
            ["Seed:Organizer:Email"] = string.Empty,
            ["Database:MigrateOnStart"] = "false",
        };
        if (provider is not null)
        {
            overrides["Database:Provider"] = provider;
        }

        if (connection is not null)
        {
            overrides["ConnectionStrings:Portal"] = connection;
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Path.GetFullPath(currentDirectory), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }
}
