using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Tests.Shared.Hosting;

/// <summary>
/// What every in-process portal on real Kestrel needs (the browser tests', the CLI tests' and the API benchmark's):
/// the settings of a throw-away portal and a free port with its address. Compiled only into the projects that
/// reference Microsoft.AspNetCore.Mvc.Testing.
/// </summary>
internal static class KestrelPortalHosting
{
    /// <summary>
    /// A portal on <paramref name="provider"/> with its files under <paramref name="directory"/>: no demo data, the
    /// given organiser seeded at start, mail written as files, and only warnings logged.
    /// </summary>
    public static void UseThrowAwayPortal(this IWebHostBuilder builder, string provider, string connectionString, string directory, string organizerEmail, string organizerPassword)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Database:DataDirectory", directory);
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Seed:Organizer:Email", organizerEmail);
        builder.UseSetting("Seed:Organizer:Password", organizerPassword);
        builder.UseSetting("Email:Sink", "Files");
        builder.UseSetting("Email:Directory", Path.Combine(directory, "mail"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Api:RateLimits:LoginAttemptsPerAddress", "100000");
    }

    /// <summary>Starts the portal on Kestrel on a free port and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public static Uri StartOnFreePort<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Removes a portal's temporary folder once its server has stopped (SQLite's pooled handles closed first).</summary>
    public static void DeleteThrowAwayDirectory(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder later.
        }
    }
}
