using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets.ExtraFiles;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Application.Features.Terms.PublishTerms;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Tests.Shared.Hosting;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.EndToEndTests.Infrastructure;

/// <summary>
/// The portal on real Kestrel (a free port) with a temporary SQLite database, the seeded organiser and one
/// published CDrugRed task whose phase A is open and has its files: what a browser needs to walk the whole flow.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OrganizerEmail = "organizer@e2e.medrec.local";
    public const string Password = "correct-horse-42";
    public const string TaskSlug = "cdrugred-e2e";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medrec-e2e-" + Guid.NewGuid().ToString("N"));

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseUrl { get; private set; } = new("http://localhost");

    /// <summary>The development file sink's folder: the portal's mails (confirmation, reset, notifications) land here.</summary>
    public string MailFolder => Path.Combine(_directory, "mail");

    /// <summary>The inputs file the organiser uploaded (made up, not the licensed data).</summary>
    public static byte[] Inputs { get; } = System.Text.Encoding.UTF8.GetBytes(
        "{\"就诊标识\": \"E001\", \"患者序号\": 1}\n{\"就诊标识\": \"E002\", \"患者序号\": 2}\n");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        BaseUrl = this.StartOnFreePort();
        await SeedTaskAsync();
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

        // Development serves the Razor class libraries' static files straight from their projects.
        builder.UseEnvironment("Development");
        builder.UseThrowAwayPortal("Sqlite", $"Data Source={Path.Combine(_directory, "portal.db")}", _directory, OrganizerEmail, Password);
        builder.UseSetting("Seed:Organizer:DisplayName", "E2E organiser");
    }

    /// <summary>The organiser's extra file that <see cref="SeedApprovedTeamWithInvitationAsync"/> adds.</summary>
    public static byte[] Readme { get; } = System.Text.Encoding.UTF8.GetBytes("# README\nOne record per line.\n");

    /// <summary>The seeded task's id.</summary>
    public Guid TaskId { get; private set; }

    /// <summary>The seeded organiser.</summary>
    public Actor Organizer { get; private set; } = null!;

    /// <summary>
    /// A leader whose team is registered and approved, the organiser's own version 2 of the terms (the Markdown
    /// given), and an invitation to the team: what an invited member's journey starts from. Returns the code.
    /// </summary>
    public async Task<string> SeedApprovedTeamWithInvitationAsync(string termsZh, string termsEn)
    {
        var mediator = Services.GetRequiredService<IMediator>();
        Actor leader;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = "lead@e2e.medrec.local", Email = "lead@e2e.medrec.local", EmailConfirmed = true, DisplayName = "Lead", CreatedAt = DateTime.UtcNow };
            Check((await users.CreateAsync(user, Password)).Succeeded, "leader");
            Check((await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded, "leader role");
            leader = new Actor(user.Id, false);
        }

        var team = await mediator.Send(new CreateTeamCommand(leader, TaskId, "Team Lead"));
        var registration = await mediator.Send(new RegisterTeamCommand(leader, team.Value, AcceptDataUseTerms: true));
        Check((await mediator.Send(new DecideRegistrationCommand(Organizer, registration.Value, Approve: true))).IsSuccess, "approval");
        Check((await mediator.Send(new PublishTermsCommand(Organizer, TaskId, termsZh, termsEn))).IsSuccess, "terms");
        Check((await mediator.Send(new AddExtraFileCommand(Organizer, TaskId, null, "README.md", "How the files are laid out", Readme))).IsSuccess, "extra file");
        var invitation = await mediator.Send(new CreateInvitationCommand(leader, team.Value));
        Check(invitation.IsSuccess, "invitation");
        return invitation.Value.Code;
    }

    /// <summary>
    /// The browser language for an account's sign-in: the one it saved, as that person's own browser would ask for
    /// (signing in never switches the UI to the saved language; the browser's language or the switch decides).
    /// </summary>
    public async Task<string> LocaleOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        return user?.PreferredLanguage == "zh-CN" ? "zh-CN" : "en-US";
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"seeding the {what} failed");
        }
    }

    private async Task SeedTaskAsync()
    {
        Actor organizer;
        await using (var scope = Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(OrganizerEmail)
                ?? throw new InvalidOperationException("the organiser was not seeded");
            organizer = Actor.Organizer(user.Id);
        }

        Organizer = organizer;

        var mediator = Services.GetRequiredService<IMediator>();
        var now = DateTime.UtcNow;
        var task = await mediator.Send(new CreateTaskCommand(
            organizer,
            TaskKind.CDrugRed,
            TaskSlug,
            new TaskTexts(
                "出院带药推荐",
                "Discharge medication recommendation",
                "根据住院病历推荐出院带药。\n\n本任务为端到端测试数据。",
                "Recommend the **discharge medications** of an inpatient visit.\n\nThis task holds end-to-end test data. <b>raw HTML</b> is shown as text."),
            Publish: true));
        TaskId = task.Value;
        var phase = await mediator.Send(new CreatePhaseCommand(organizer, task.Value, new PhaseSettings
        {
            Code = "A",
            NameZh = "A 榜",
            NameEn = "Leaderboard A",
            OpensAt = now.AddDays(-2),
            ClosesAt = now.AddDays(12).AddHours(5),
        }));
        var candidates = await mediator.Send(new UploadDatasetCommand(
            organizer, task.Value, null, DatasetFileKind.CandidateList, "candidates.json", "[\"示例药物甲\", \"示例药物乙\"]"u8.ToArray()));
        var inputs = await mediator.Send(new UploadDatasetCommand(
            organizer, task.Value, phase.Value, DatasetFileKind.Inputs, "cdrugred-A-inputs.jsonl", Inputs));
        if (candidates.IsFailure || inputs.IsFailure)
        {
            throw new InvalidOperationException($"seeding failed: {candidates} / {inputs}");
        }
    }
}
