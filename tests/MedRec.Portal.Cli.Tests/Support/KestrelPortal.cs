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

namespace MedRec.Portal.Cli.Tests.Support;

/// <summary>
/// The real portal on Kestrel (a free port, a temporary SQLite file) with one open CDrugRed phase of three made-up
/// visits and an approved team whose member holds an API token: what <c>medrec submit</c> talks to.
/// </summary>
public sealed class KestrelPortal : WebApplicationFactory<portal::Program>, IAsyncLifetime
{
    public const string Password = "correct-horse-42";
    private const string OrganizerEmail = "organizer@cli.medrec.local";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medrec-cli-portal-" + Guid.NewGuid().ToString("N"));

    public Uri BaseUrl { get; private set; } = new("http://localhost");

    public Guid PhaseId { get; private set; }

    public Guid ClosedPhaseId { get; private set; }

    public Actor Member { get; private set; } = Actor.Participant(Guid.Empty);

    /// <summary>An approved team member's token.</summary>
    public string Token { get; private set; } = "";

    /// <summary>A perfect prediction (every metric 1).</summary>
    public static byte[] PerfectSubmission { get; } = System.Text.Encoding.UTF8.GetBytes(
        """[{"ID": "V001", "prediction": ["示例药物甲"]}, {"ID": "V002", "prediction": ["示例药物乙", "示例药物丙"]}, {"ID": "V003", "prediction": []}]""");

    /// <summary>An unknown drug in record 2 (line 3) and visit V003 missing.</summary>
    public static byte[] BrokenSubmission { get; } = System.Text.Encoding.UTF8.GetBytes(
        "[\n  {\"ID\": \"V001\", \"prediction\": [\"示例药物甲\"]},\n  {\"ID\": \"V002\", \"prediction\": [\"不存在的药\"]}\n]");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        BaseUrl = this.StartOnFreePort();
        await SeedAsync();
    }

    /// <summary>Another token for the member (to revoke in a test without spoiling the shared one).</summary>
    public async Task<CreatedApiToken> CreateTokenAsync(string name)
    {
        var created = await Services.GetRequiredService<IMediator>().Send(new CreateApiTokenCommand(Member, name, null));
        return created.IsSuccess ? created.Value : throw new InvalidOperationException(created.ToString());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        KestrelPortalHosting.DeleteThrowAwayDirectory(_directory);
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseThrowAwayPortal("Sqlite", $"Data Source={Path.Combine(_directory, "portal.db")}", _directory, OrganizerEmail, Password);
    }

    private async Task SeedAsync()
    {
        var mediator = Services.GetRequiredService<IMediator>();
        Actor organizer;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            organizer = Actor.Organizer((await users.FindByEmailAsync(OrganizerEmail))!.Id);
            var member = new PortalUser { Id = Guid.CreateVersion7(), UserName = "dev@cli.medrec.local", Email = "dev@cli.medrec.local", EmailConfirmed = true, DisplayName = "Dev", CreatedAt = DateTime.UtcNow };
            Check((await users.CreateAsync(member, Password)).Succeeded);
            Check((await users.AddToRoleAsync(member, PortalRoles.Participant)).Succeeded);
            Member = Actor.Participant(member.Id);
        }

        var now = DateTime.UtcNow;
        var task = Value(await mediator.Send(new CreateTaskCommand(organizer, TaskKind.CDrugRed, "cdrugred-cli", new TaskTexts("出院带药（CLI）", "Discharge medication (CLI)", "测试。", "Test."), Publish: true)));
        PhaseId = Value(await mediator.Send(new CreatePhaseCommand(organizer, task, new PhaseSettings { Code = "A", OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(30), DailyLimit = 50 })));
        ClosedPhaseId = Value(await mediator.Send(new CreatePhaseCommand(organizer, task, new PhaseSettings
        {
            Code = "Z",
            OpensAt = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            ClosesAt = new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc),
        })));
        Value(await mediator.Send(new UploadDatasetCommand(organizer, task, null, DatasetFileKind.CandidateList, "candidates.json", "[\"示例药物甲\", \"示例药物乙\", \"示例药物丙\"]"u8.ToArray())));
        Value(await mediator.Send(new UploadDatasetCommand(organizer, task, PhaseId, DatasetFileKind.Inputs, "inputs.jsonl",
            "{\"就诊标识\": \"V001\"}\n{\"就诊标识\": \"V002\"}\n{\"就诊标识\": \"V003\"}\n"u8.ToArray())));
        Value(await mediator.Send(new UploadDatasetCommand(organizer, task, PhaseId, DatasetFileKind.Gold, "gold.jsonl",
            "{\"就诊标识\": \"V001\", \"出院带药列表\": [\"示例药物甲\"]}\n{\"就诊标识\": \"V002\", \"出院带药列表\": [\"示例药物乙\", \"示例药物丙\"]}\n{\"就诊标识\": \"V003\", \"出院带药列表\": []}\n"u8.ToArray())));
        var team = Value(await mediator.Send(new CreateTeamCommand(Member, task, "Team CLI")));
        var registration = Value(await mediator.Send(new RegisterTeamCommand(Member, team, AcceptDataUseTerms: true)));
        Check((await mediator.Send(new DecideRegistrationCommand(organizer, registration, Approve: true))).IsSuccess);
        Token = (await CreateTokenAsync("cli tests")).Secret;
    }

    private static T Value<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.ToString());

    private static void Check(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("seeding the CLI test portal failed");
        }
    }
}
