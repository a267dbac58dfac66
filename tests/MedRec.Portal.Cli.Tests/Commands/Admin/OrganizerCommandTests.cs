using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Domain.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Cli.Tests.Commands.Admin;

/// <summary>
/// Each organiser command against a real database holding the demo CDrugRed competition (imported from its bundle)
/// and two registered teams: what it prints, what it changed, and that the change is audited under the --as account.
/// </summary>
public sealed class OrganizerCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListTasksShowsEveryTaskWithItsPhasesAndTeams()
    {
        await using var world = await World.StartAsync();
        var run = await world.Session.RunAsync("list-tasks");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Split('\n')[0].ShouldBe("slug\tkind\tpublished\tphases\tteams\tcurrent\ttitle");
        run.Out.ShouldContain("cdrugred\tCDrugRed\tyes\t2\t2\tB Closed\tCDrugRed: discharge medication recommendation (CHIP 2025 shared task 2) (Demo)");
    }

    [Fact]
    public async Task ListPhasesShowsWindowsLimitsAndFiles()
    {
        await using var world = await World.StartAsync();
        var run = await world.Session.RunAsync("list-phases", "--task", "cdrugred");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("A\tClosed\t2025-09-01 00:00:00Z\t2025-10-08 00:00:00Z\tAsia/Shanghai\t5\t100\tPublic\tdemo-inputs.jsonl (60 records)\tyes");
        run.Out.ShouldContain("B\tClosed\t2025-10-15 00:00:00Z");
        (await world.Session.RunAsync("list-phases", "--task", "nope")).ShouldBeUsageError("no task with slug \"nope\"");
    }

    [Fact]
    public async Task ListTeamsAndRegistrationsShowTheIdsToDecideOn()
    {
        await using var world = await World.StartAsync();
        var teams = await world.Session.RunAsync("list-teams", "--task", "cdrugred");
        teams.ExitCode.ShouldBe(0, teams.Error);
        teams.Out.ShouldContain("cdrugred\t华西队 West China\tLi\t1\tPending");
        var registrations = await world.Session.RunAsync("list-registrations", "--status", "Pending");
        registrations.ExitCode.ShouldBe(0, registrations.Error);
        // The terms column is the version of the task's terms the leader accepted: an imported task starts at version 1.
        registrations.Out.ShouldContain($"{world.FirstRegistration}\tcdrugred\t华西队 West China\t1\tPending\t1{Environment.NewLine}");
        registrations.Out.ShouldContain(world.SecondRegistration.ToString());
    }

    [Fact]
    public async Task ApproveAndDenyDecideRegistrationsAuditedUnderTheOrganizer()
    {
        await using var world = await World.StartAsync();
        var approved = await world.Session.RunAsync("approve-registration", "--id", world.FirstRegistration.ToString());
        approved.ExitCode.ShouldBe(0, approved.Error);
        approved.Out.ShouldContain($"Approved registration {world.FirstRegistration}");
        (await world.Session.RunAsync("deny-registration", "--id", world.SecondRegistration.ToString())).ExitCode.ShouldBe(1, "a denial needs a reason");
        var denied = await world.Session.RunAsync("deny-registration", "--id", world.SecondRegistration.ToString(), "--reason", "Not an eligible institution.");
        denied.ExitCode.ShouldBe(0, denied.Error);

        await using var db = await world.OpenAsync();
        (await db.Registrations.SingleAsync(r => r.Id == world.FirstRegistration, Ct)).Status.ShouldBe(RegistrationStatus.Approved);
        var second = await db.Registrations.SingleAsync(r => r.Id == world.SecondRegistration, Ct);
        second.Status.ShouldBe(RegistrationStatus.Rejected);
        await world.ShouldBeAuditedAsync(db, AuditActions.RegistrationApproved);
        await world.ShouldBeAuditedAsync(db, AuditActions.RegistrationRejected);
    }

    [Fact]
    public async Task UploadReplacesAPhaseFileThroughTheConsolesChecks()
    {
        await using var world = await World.StartAsync();
        var inputs = Path.Combine(DemoBundles.Directory(TaskKind.CDrugRed), "phases", "B", "inputs", "demo-inputs.jsonl");
        var run = await world.Session.RunAsync("upload", "--task", "cdrugred", "--phase", "A", "--kind", "inputs", "--file", inputs);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Uploaded demo-inputs.jsonl: 60 records");
        run.Out.ShouldContain("warning: The phase's current gold does not match these inputs");
        var gold = Path.Combine(DemoBundles.Directory(TaskKind.CDrugRed), "phases", "A", "gold", "demo-gold.jsonl");
        (await world.Session.RunAsync("upload", "--task", "cdrugred", "--kind", "gold", "--file", gold)).ShouldBeUsageError("--phase CODE is required");
        (await world.Session.RunAsync("upload", "--task", "cdrugred", "--phase", "A", "--kind", "gold", "--file", gold)).ShouldBeUsageError("File:");

        await using var db = await world.OpenAsync();
        await world.ShouldBeAuditedAsync(db, AuditActions.DatasetUploaded, count: 4); // the import's candidate list and two inputs, then this upload
    }

    [Fact]
    public async Task FreezeAndReleaseChangeTheBoardAndAreAudited()
    {
        await using var world = await World.StartAsync();
        var frozen = await world.Session.RunAsync("freeze", "--task", "cdrugred", "--phase", "A");
        frozen.ExitCode.ShouldBe(0, frozen.Error);
        frozen.Out.ShouldContain("Froze the board of cdrugred phase A");
        await using (var db = await world.OpenAsync())
        {
            (await db.PhaseBoards.SingleAsync(Ct)).FrozenAt.ShouldNotBeNull();
        }

        var released = await world.Session.RunAsync("release", "--task", "cdrugred", "--phase", "A");
        released.ExitCode.ShouldBe(0, released.Error);
        await using var check = await world.OpenAsync();
        (await check.PhaseBoards.SingleAsync(Ct)).FrozenAt.ShouldBeNull();
        await world.ShouldBeAuditedAsync(check, "board.frozen");
        await world.ShouldBeAuditedAsync(check, "board.released");
        (await world.Session.RunAsync("freeze", "--task", "cdrugred", "--phase", "Z")).ShouldBeUsageError("has no phase \"Z\"; its phases: A, B");
    }

    [Fact]
    public async Task ExportResultsWritesTheWorkbookOrTheCsvZip()
    {
        await using var world = await World.StartAsync();
        var xlsx = Path.Combine(world.Session.Scratch, "results.xlsx");
        var run = await world.Session.RunAsync("export-results", "--task", "cdrugred", "--out", xlsx, "--language", "en");
        run.ExitCode.ShouldBe(0, run.Error);
        using (var book = new ClosedXML.Excel.XLWorkbook(xlsx))
        {
            book.Worksheets.Select(w => w.Name).ShouldContain("Submissions");
        }

        var csv = Path.Combine(world.Session.Scratch, "results.zip");
        (await world.Session.RunAsync("export-results", "--task", "cdrugred", "--format", "csv", "--out", csv)).ExitCode.ShouldBe(0);
        using var zip = System.IO.Compression.ZipFile.OpenRead(csv);
        zip.Entries.ShouldNotBeEmpty();
        (await world.Session.RunAsync("export-results", "--task", "cdrugred", "--format", "pdf", "--out", csv)).ShouldBeUsageError("unknown --format \"pdf\"");
    }

    [Fact]
    public async Task CreateTokenPrintsTheSecretOnceAndStoresOnlyItsHash()
    {
        await using var world = await World.StartAsync();
        var expires = DateTime.UtcNow.Date.AddDays(30);
        var run = await world.Session.RunAsync("create-token", "--name", "nightly export", "--expires", expires.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        run.ExitCode.ShouldBe(0, run.Error);
        var secret = run.Out.Trim();
        secret.ShouldStartWith("mrp_");
        run.Error.ShouldContain("Created token \"nightly export\"");
        await using var db = await world.OpenAsync();
        var token = await db.ApiTokens.SingleAsync(Ct);
        token.UserId.ShouldBe(world.OrganizerId);
        token.ExpiresAt.ShouldBe(expires);
        token.SecretHash.ShouldNotContain(secret[4..]);
        await world.ShouldBeAuditedAsync(db, "api-token.created");
    }

    [Fact]
    public async Task AParticipantAccountCannotRunAdminCommands()
    {
        await using var world = await World.StartAsync();
        var run = await CliRun.RunAsync(["admin", "list-tasks", "--as", "li@example.org", .. world.Session.Database.Options]);
        run.ShouldBeUsageError("li@example.org is not an organiser");
    }

    private sealed class World : IAsyncDisposable
    {
        private readonly List<Cli.Database.PortalDatabase> _opened = [];

        private World(AdminSession session) => Session = session;

        public AdminSession Session { get; }

        public Guid OrganizerId { get; private set; }

        public Guid FirstRegistration { get; private set; }

        public Guid SecondRegistration { get; private set; }

        public static async Task<World> StartAsync()
        {
            var world = new World(await AdminSession.StartAsync(Infrastructure.Persistence.DatabaseProvider.Sqlite));
            var imported = await world.Session.RunAsync("import-bundle", DemoBundles.Directory(TaskKind.CDrugRed));
            imported.ExitCode.ShouldBe(0, imported.Out + imported.Error);
            await using var portal = world.Session.Database.Open();
            await using var scope = portal.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            world.OrganizerId = (await users.FindByEmailAsync(AdminSession.Organizer))!.Id;
            await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
            var taskId = await db.Tasks.Select(t => t.Id).SingleAsync(Ct);
            world.FirstRegistration = await RegisterAsync(portal.Services, users, "li@example.org", "Li", "华西队 West China", taskId);
            world.SecondRegistration = await RegisterAsync(portal.Services, users, "wang@example.org", "Wang", "Team Wang", taskId);
            return world;
        }

        public async Task<PortalDbContext> OpenAsync()
        {
            var portal = Session.Database.Open();
            _opened.Add(portal);
            return await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        }

        /// <summary>The action is in the audit log under the organiser the command ran as.</summary>
        public async Task ShouldBeAuditedAsync(PortalDbContext db, string action, int count = 1) =>
            (await db.AuditEvents.CountAsync(e => e.Action == action && e.ActorUserId == OrganizerId, Ct)).ShouldBe(count, action);

        public async ValueTask DisposeAsync()
        {
            foreach (var portal in _opened)
            {
                await portal.DisposeAsync();
            }

            await Session.DisposeAsync();
        }

        private static async Task<Guid> RegisterAsync(IServiceProvider services, UserManager<PortalUser> users, string email, string name, string team, Guid taskId)
        {
            var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
            (await users.CreateAsync(user, "correct-horse-42")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded.ShouldBeTrue();
            var actor = Actor.Participant(user.Id);
            var teamId = (await ActivatorUtilities.CreateInstance<CreateTeamHandler>(services).Handle(new CreateTeamCommand(actor, taskId, team), Ct)).Value;
            return (await ActivatorUtilities.CreateInstance<RegisterTeamHandler>(services).Handle(new RegisterTeamCommand(actor, teamId, AcceptDataUseTerms: true), Ct)).Value;
        }
    }
}
