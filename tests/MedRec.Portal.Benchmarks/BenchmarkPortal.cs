extern alias portal;

using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.ApiTokens.CreateApiToken;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Tests.Shared.Hosting;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// The real portal on Kestrel (free port) on a fresh SQLite file or PostgreSQL database, with one open CDrugRed
/// phase of synthetic demo visits and one approved team (with an API token) per benchmark client.
/// </summary>
/// <param name="settings">More settings (roles, Redis, worker count) on top of the throw-away portal's.</param>
internal sealed class BenchmarkPortal(string provider, string connectionString, string directory, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<portal::Program>
{
    public const string Password = "correct-horse-42";

    private const string OrganizerEmail = "organizer@bench.medrec.local";

    public Uri BaseUrl { get; private set; } = new("http://localhost");

    public Guid PhaseId { get; private set; }

    public IReadOnlyList<string> Tokens { get; private set; } = [];

    public byte[] Submission { get; private set; } = [];

    /// <summary>The accounts made for the teams, one per token (password <see cref="Password"/>).</summary>
    public IReadOnlyList<string> Emails { get; private set; } = [];

    /// <param name="listen">False: only seed (and serve nothing), for a harness whose portal runs in other processes.</param>
    public async Task StartAsync(int teams, int records, bool listen = true)
    {
        // A harness is not a test project, so Mvc.Testing has not recorded where the portal's project lives; the
        // portal reads nothing from its content root that the API needs, so the source folder will do.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MEDREC_PORTAL_WEB", PortalProjectDirectory());
        if (listen)
        {
            BaseUrl = this.StartOnFreePort();
        }

        await SeedAsync(teams, records);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseThrowAwayPortal(provider, connectionString, directory, OrganizerEmail, Password);

        // The benchmark's own noise: no wwwroot in the source folder, and EF's "database does not exist yet" probe.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.StaticFiles", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "None");

        // The benchmark measures the portal's work, not the rate limiter's refusals.
        builder.UseSetting("Api:RateLimits:PerTokenPermits", "1000000");
        builder.UseSetting("Api:RateLimits:PerAddressPermits", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    private async Task SeedAsync(int teams, int records)
    {
        var mediator = Services.GetRequiredService<IMediator>();
        var data = DemoDataGenerator.Generate(TaskKind.CDrugRed, new DemoDataOptions { Records = records, TrainRecords = 1 });
        Submission = data[DemoFileRole.SampleSubmission].Content.ToArray();
        Actor organizer;
        var members = new List<Actor>();
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            organizer = Actor.Organizer((await users.FindByEmailAsync(OrganizerEmail))!.Id);
            for (var i = 0; i < teams; i++)
            {
                var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = $"bench{i}@bench.medrec.local", Email = $"bench{i}@bench.medrec.local", EmailConfirmed = true, DisplayName = $"Bench {i}", CreatedAt = DateTime.UtcNow };
                Check((await users.CreateAsync(user, Password)).Succeeded);
                Check((await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded);
                members.Add(Actor.Participant(user.Id));
            }
        }

        var now = DateTime.UtcNow;
        var task = Value(await mediator.Send(new CreateTaskCommand(organizer, TaskKind.CDrugRed, "cdrugred-bench", new TaskTexts("基准", "Benchmark", "基准。", "Benchmark."), Publish: true)));
        PhaseId = Value(await mediator.Send(new CreatePhaseCommand(organizer, task, new PhaseSettings
        {
            Code = "A",
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddDays(30),
            DailyLimit = 100_000,
            TotalLimit = 100_000,
        })));
        Value(await mediator.Send(new UploadDatasetCommand(organizer, task, null, DatasetFileKind.CandidateList, "candidates.json", data[DemoFileRole.Candidates].Content.ToArray())));
        Value(await mediator.Send(new UploadDatasetCommand(organizer, task, PhaseId, DatasetFileKind.Inputs, "inputs.jsonl", data[DemoFileRole.Inputs].Content.ToArray())));
        Value(await mediator.Send(new UploadDatasetCommand(organizer, task, PhaseId, DatasetFileKind.Gold, "gold.jsonl", data[DemoFileRole.Gold].Content.ToArray())));
        var tokens = new List<string>();
        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            var team = Value(await mediator.Send(new CreateTeamCommand(member, task, $"Bench team {i}")));
            var registration = Value(await mediator.Send(new RegisterTeamCommand(member, team, AcceptDataUseTerms: true)));
            Check((await mediator.Send(new DecideRegistrationCommand(organizer, registration, Approve: true))).IsSuccess);
            tokens.Add(Value(await mediator.Send(new CreateApiTokenCommand(member, "benchmark", null))).Secret);
        }

        Tokens = tokens;
        Emails = Enumerable.Range(0, teams).Select(i => $"bench{i}@bench.medrec.local").ToList();
    }

    private static string PortalProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedRec.Portal.sln")))
            {
                return Path.Combine(dir.FullName, "src", "MedRec.Portal.Web");
            }
        }

        throw new DirectoryNotFoundException("Run the benchmark from a checkout: MedRec.Portal.sln not found above " + AppContext.BaseDirectory);
    }

    private static T Value<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.ToString());

    private static void Check(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("seeding the benchmark portal failed");
        }
    }
}
