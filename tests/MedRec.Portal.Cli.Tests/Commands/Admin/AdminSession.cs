using MedRec.Portal.Cli.Tests.Support;
using MedRec.Portal.Infrastructure.Persistence;

namespace MedRec.Portal.Cli.Tests.Commands.Admin;

/// <summary>A test database with an organiser account, and a helper that runs <c>medrec admin …</c> as that organiser.</summary>
internal sealed class AdminSession : IAsyncDisposable
{
    public const string Organizer = "chair@example.org";

    private AdminSession(TestPortalDatabase database, string scratch)
    {
        Database = database;
        Scratch = scratch;
    }

    public TestPortalDatabase Database { get; }

    /// <summary>A folder for the test's files, deleted with the session.</summary>
    public string Scratch { get; }

    public static async Task<AdminSession> StartAsync(DatabaseProvider provider)
    {
        var database = TestPortalDatabase.Create(provider);
        var created = await CliRun.RunAsync(["admin", "create-organizer", "--email", Organizer, "--password", "correct-horse-42", .. database.Options]);
        created.ExitCode.ShouldBe(0, created.Error);
        return new AdminSession(database, Directory.CreateTempSubdirectory("medrec-cli-admin-").FullName);
    }

    /// <summary>Runs <c>medrec admin COMMAND args --as organiser</c> against the session's database.</summary>
    public Task<CliRun> RunAsync(string command, params string[] args) =>
        CliRun.RunAsync(["admin", command, .. args, "--as", Organizer, .. Database.Options]);

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(Scratch, recursive: true);
    }
}
