using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Baselines.StartRun;
using MedRec.Portal.Application.Features.Baselines.UploadModel;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Application.Features.Teams.JoinTeam;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Seeding;

/// <summary>
/// Fills an empty database with a demo competition so the portal can be tried at once: both tasks (titles
/// marked 演示 / Demo), phase A open now and phase B later, synthetic inputs and gold from
/// <see cref="DemoDataGenerator"/>, a demo organiser and three demo teams. Everything goes through the real use
/// cases, so the demo data obeys the same rules and leaves the same audit trail as real data; that includes a
/// run of the committed demo baseline model on each phase A, whose result appears on the board as a baseline row.
/// </summary>
public sealed class DemoSeeder(
    IServiceProvider services,
    IDbContextFactory<PortalDbContext> contexts,
    UserManager<PortalUser> users,
    OrganizerAccounts organizers,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    /// <summary>Records per demo phase: enough for a meaningful leaderboard, small enough to seed in a second.</summary>
    public const int RecordsPerPhase = 60;

    /// <summary>The board label of the demo baseline rows (and the demo models' name).</summary>
    public const string DemoBaselineLabel = "演示基线 Demo baseline (char-CNN)";

    /// <summary>Seeds unless the database already holds a task; returns whether it seeded.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.Tasks.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        var organizer = await EnsureOrganizerAsync(cancellationToken).ConfigureAwait(false);
        var participants = new List<Actor>();
        for (var i = 1; i <= DemoAccounts.ParticipantCount; i++)
        {
            participants.Add(await EnsureParticipantAsync(i).ConfigureAwait(false));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var cdrugred = await SeedTaskAsync(organizer, TaskKind.CDrugRed, "cdrugred", now, cancellationToken).ConfigureAwait(false);
        var icd = await SeedTaskAsync(organizer, TaskKind.Icd, "icd", now, cancellationToken).ConfigureAwait(false);

        await SeedTeamAsync(organizer, cdrugred, "演示队一 Demo Team 1", participants[0], [participants[1], participants[2]], approve: true, cancellationToken).ConfigureAwait(false);
        await SeedTeamAsync(organizer, cdrugred, "演示队二 Demo Team 2", participants[3], [participants[4]], approve: false, cancellationToken).ConfigureAwait(false);
        await SeedTeamAsync(organizer, icd, "演示队三 Demo Team 3", participants[5], [participants[0]], approve: true, cancellationToken).ConfigureAwait(false);
        await SeedBaselineRunAsync(organizer, TaskKind.CDrugRed, cdrugred, cancellationToken).ConfigureAwait(false);
        await SeedBaselineRunAsync(organizer, TaskKind.Icd, icd, cancellationToken).ConfigureAwait(false);

        logger.LogInformation("Seeded the demo competition; sign in as {Email} (see docs/database.md for the passwords)", DemoAccounts.OrganizerEmail);
        return true;
    }

    private async Task<Actor> EnsureOrganizerAsync(CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(DemoAccounts.OrganizerEmail).ConfigureAwait(false);
        if (existing is not null)
        {
            return Actor.Organizer(existing.Id);
        }

        var created = await organizers.CreateAsync(DemoAccounts.OrganizerEmail, DemoAccounts.OrganizerPassword, "演示组织者 Demo organiser", cancellationToken: cancellationToken).ConfigureAwait(false);
        return Actor.Organizer(Expect(created, "create the demo organiser"));
    }

    private async Task<Actor> EnsureParticipantAsync(int number)
    {
        var email = string.Format(CultureInfo.InvariantCulture, DemoAccounts.ParticipantEmailFormat, number);
        var user = await users.FindByEmailAsync(email).ConfigureAwait(false);
        if (user is null)
        {
            user = new PortalUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"演示参赛者 Demo participant {number}",
                PreferredLanguage = number % 2 == 0 ? PortalLanguages.English : PortalLanguages.Chinese,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            ThrowIfFailed(await users.CreateAsync(user, DemoAccounts.ParticipantPassword).ConfigureAwait(false), email);
            ThrowIfFailed(await users.AddToRoleAsync(user, PortalRoles.Participant).ConfigureAwait(false), email);
        }

        return Actor.Participant(user.Id);
    }

    private async Task<Guid> SeedTaskAsync(Actor organizer, TaskKind kind, string slug, DateTime now, CancellationToken cancellationToken)
    {
        var standard = StandardTaskTexts.For(kind);
        var texts = standard with
        {
            TitleZh = $"{standard.TitleZh}（演示）",
            TitleEn = $"{standard.TitleEn} (Demo)",
            DescriptionZh = $"**演示数据**：本任务的数据由程序合成，仅供试用门户。\n\n{standard.DescriptionZh}",
            DescriptionEn = $"**Demo data**: this task's data is synthetic, generated for trying the portal.\n\n{standard.DescriptionEn}",
        };
        var taskId = Expect(await Handler<CreateTaskHandler>().Handle(new CreateTaskCommand(organizer, kind, slug, texts, Publish: true), cancellationToken).ConfigureAwait(false), $"create demo task {slug}");

        // Phase A opened yesterday and runs a month; phase B follows a week after A closes.
        var phaseA = await SeedPhaseAsync(organizer, taskId, "A", "A 阶段（演示）", "Phase A (demo)", now.Date.AddDays(-1), now.Date.AddDays(30), cancellationToken).ConfigureAwait(false);
        var phaseB = await SeedPhaseAsync(organizer, taskId, "B", "B 阶段（演示）", "Phase B (demo)", now.Date.AddDays(37), now.Date.AddDays(52), cancellationToken).ConfigureAwait(false);

        var seedA = DemoDataGenerator.Generate(kind, new DemoDataOptions { Records = RecordsPerPhase, TrainRecords = 0, Seed = 2025 });
        var seedB = DemoDataGenerator.Generate(kind, new DemoDataOptions { Records = RecordsPerPhase, TrainRecords = 0, Seed = 2026 });
        if (seedA.Has(DemoFileRole.Candidates))
        {
            await UploadAsync(organizer, taskId, null, DatasetFileKind.CandidateList, seedA[DemoFileRole.Candidates], cancellationToken).ConfigureAwait(false);
        }

        foreach (var (phaseId, data) in new[] { (phaseA, seedA), (phaseB, seedB) })
        {
            await UploadAsync(organizer, taskId, phaseId, DatasetFileKind.Inputs, data[DemoFileRole.Inputs], cancellationToken).ConfigureAwait(false);
            await UploadAsync(organizer, taskId, phaseId, DatasetFileKind.Gold, data[DemoFileRole.Gold], cancellationToken).ConfigureAwait(false);
        }

        return taskId;
    }

    /// <summary>
    /// Uploads the task's committed demo model and queues a run on phase A, through the organisers' own use
    /// cases: the background worker runs it and the board gets its baseline row seconds after the start, with the
    /// scores the scorer gives its predictions.
    /// </summary>
    private async Task SeedBaselineRunAsync(Actor organizer, TaskKind kind, Guid taskId, CancellationToken cancellationToken)
    {
        var directory = DemoBaselineModels.Directory(kind);
        var files = Directory.GetFiles(directory).Select(path => new UploadedPackageFile(Path.GetFileName(path), File.ReadAllBytes(path))).ToList();
        var model = Expect(await Handler<UploadBaselineModelHandler>().Handle(new UploadBaselineModelCommand(organizer, taskId, DemoBaselineLabel, files), cancellationToken).ConfigureAwait(false), $"upload the demo {kind} model");
        Guid phaseA;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            phaseA = await db.Phases.Where(p => p.TaskId == taskId && p.Code == "A").Select(p => p.Id).FirstAsync(cancellationToken).ConfigureAwait(false);
        }

        Expect(await Handler<StartBaselineRunHandler>().Handle(new StartBaselineRunCommand(organizer, model.Id, phaseA, DemoBaselineLabel, BatchSize: null), cancellationToken).ConfigureAwait(false), $"start the demo {kind} baseline run");
    }

    private async Task<Guid> SeedPhaseAsync(Actor organizer, Guid taskId, string code, string nameZh, string nameEn, DateTime opens, DateTime closes, CancellationToken cancellationToken)
    {
        var settings = new PhaseSettings
        {
            Code = code,
            NameZh = nameZh,
            NameEn = nameEn,
            OpensAt = DateTime.SpecifyKind(opens, DateTimeKind.Utc),
            ClosesAt = DateTime.SpecifyKind(closes, DateTimeKind.Utc),
        };
        return Expect(await Handler<CreatePhaseHandler>().Handle(new CreatePhaseCommand(organizer, taskId, settings), cancellationToken).ConfigureAwait(false), $"create demo phase {code}");
    }

    private async Task UploadAsync(Actor organizer, Guid taskId, Guid? phaseId, DatasetFileKind kind, DemoDataFile file, CancellationToken cancellationToken)
    {
        var command = new UploadDatasetCommand(organizer, taskId, phaseId, kind, $"demo-{file.FileName}", file.Content.ToArray());
        Expect(await Handler<UploadDatasetHandler>().Handle(command, cancellationToken).ConfigureAwait(false), $"upload demo {kind}");
    }

    private async Task SeedTeamAsync(Actor organizer, Guid taskId, string name, Actor leader, IReadOnlyList<Actor> members, bool approve, CancellationToken cancellationToken)
    {
        var teamId = Expect(await Handler<CreateTeamHandler>().Handle(new CreateTeamCommand(leader, taskId, name, "演示队伍，数据为合成数据。A demo team."), cancellationToken).ConfigureAwait(false), $"create {name}");
        var code = Expect(await Handler<CreateInvitationHandler>().Handle(new CreateInvitationCommand(leader, teamId), cancellationToken).ConfigureAwait(false), "invite").Code;
        foreach (var member in members)
        {
            Expect(await Handler<JoinTeamHandler>().Handle(new JoinTeamCommand(member, code), cancellationToken).ConfigureAwait(false), $"join {name}");
        }

        var registrationId = Expect(await Handler<RegisterTeamHandler>().Handle(new RegisterTeamCommand(leader, teamId, AcceptDataUseTerms: true), cancellationToken).ConfigureAwait(false), $"register {name}");
        if (approve)
        {
            Expect(await Handler<DecideRegistrationHandler>().Handle(new DecideRegistrationCommand(organizer, registrationId, Approve: true), cancellationToken).ConfigureAwait(false), $"approve {name}");
        }
    }

    private T Handler<T>() => ActivatorUtilities.CreateInstance<T>(services);

    // The demo data is ours and fixed: a failure here is a bug, so it stops the start with the reason.
    private static T Expect<T>(Result<T> result, string what) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"Demo seed could not {what}: {result}");

    private static void Expect(Result result, string what)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"Demo seed could not {what}: {result}");
        }
    }

    private static void ThrowIfFailed(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo seed could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
