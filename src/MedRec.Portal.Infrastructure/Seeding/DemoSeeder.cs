using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Baselines.StartRun;
using MedRec.Portal.Application.Features.Baselines.UploadModel;
using MedRec.Portal.Application.Features.Bundles;
using MedRec.Portal.Application.Features.Bundles.ImportBundle;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Application.Features.Teams.JoinTeam;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Seeding;

/// <summary>
/// Fills an empty database with a demo competition so the portal can be tried at once: both tasks imported from
/// their shipped bundles (<see cref="DemoBundles"/>: titles marked 演示 / Demo, phase A open now and phase B later,
/// synthetic inputs and gold), a demo organiser and three demo teams, plus six synthetic teams per task
/// whose scored submissions of the past days fill phase A's board, charts and quota ledger. Everything goes
/// through the real use cases, so the demo data obeys the same rules and leaves the same audit trail as real
/// data; that includes a run of the committed demo baseline model on each phase A, whose result appears on the
/// board as a baseline row.
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
    public const int RecordsPerPhase = DemoBundles.RecordsPerPhase;

    /// <summary>The board label of the demo baseline rows (and the demo models' name).</summary>
    public const string DemoBaselineLabel = "演示基线 Demo baseline (char-CNN)";

    /// <summary>Days phase A has been open when the seed runs: the demo submissions are spread over them.</summary>
    public const int PhaseAOpenDays = 7;

    /// <summary>
    /// The synthetic teams of the demo boards (one per task each, led by the demo accounts after the six
    /// participants), with the skill of their last submission on CDrugRed and on ICD (see
    /// <see cref="DemoDataGenerator.TeamSubmission"/>); earlier submissions were a little worse.
    /// </summary>
    public static IReadOnlyList<(string Name, double CDrugRedSkill, double IcdSkill)> BoardTeams { get; } =
    [
        ("演示·杏林 Demo Xinglin", 0.88, 0.62),
        ("演示·青囊 Demo Qingnang", 0.76, 0.90),
        ("演示·本草 Demo Bencao", 0.64, 0.46),
        ("演示·岐黄 Demo Qihuang", 0.52, 0.78),
        ("演示·悬壶 Demo Xuanhu", 0.40, 0.34),
        ("演示·千金 Demo Qianjin", 0.28, 0.56),
    ];

    /// <summary>The skill of the approved demo teams' own last submission (Demo Team 1 on CDrugRed, Demo Team 3 on ICD).</summary>
    private const double DemoTeamSkill = 0.70;

    /// <summary>The lease owner the seed scores its demo submissions under.</summary>
    private const string SeedWorker = "demo-seed";

    private static DemoDataOptions PhaseAData => DemoBundles.PhaseAData;

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
        var cdrugred = await SeedTaskAsync(organizer, TaskKind.CDrugRed, now, cancellationToken).ConfigureAwait(false);
        var icd = await SeedTaskAsync(organizer, TaskKind.Icd, now, cancellationToken).ConfigureAwait(false);

        await SeedTeamAsync(organizer, cdrugred, "演示队一 Demo Team 1", participants[0], [participants[1], participants[2]], approve: true, cancellationToken).ConfigureAwait(false);
        await SeedTeamAsync(organizer, cdrugred, "演示队二 Demo Team 2", participants[3], [participants[4]], approve: false, cancellationToken).ConfigureAwait(false);
        await SeedTeamAsync(organizer, icd, "演示队三 Demo Team 3", participants[5], [participants[0]], approve: true, cancellationToken).ConfigureAwait(false);

        var submitters = new List<BoardSubmitter>
        {
            new(TaskKind.CDrugRed, cdrugred, participants[1], DemoTeamSkill, 0),
            new(TaskKind.Icd, icd, participants[5], DemoTeamSkill, 0),
        };
        for (var i = 0; i < BoardTeams.Count; i++)
        {
            var (name, cdrugredSkill, icdSkill) = BoardTeams[i];
            var leader = await EnsureParticipantAsync(DemoAccounts.ParticipantCount + 1 + i).ConfigureAwait(false);
            await SeedTeamAsync(organizer, cdrugred, name, leader, [], approve: true, cancellationToken).ConfigureAwait(false);
            await SeedTeamAsync(organizer, icd, name, leader, [], approve: true, cancellationToken).ConfigureAwait(false);
            submitters.Add(new(TaskKind.CDrugRed, cdrugred, leader, cdrugredSkill, i + 1));
            submitters.Add(new(TaskKind.Icd, icd, leader, icdSkill, i + 1));
        }

        await SeedBoardSubmissionsAsync(submitters, now, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Creates the task's demo competition from its shipped bundle through the organisers' own import, with every
    /// window moved so phase A opened <see cref="PhaseAOpenDays"/> days ago (the demo teams' submissions are spread
    /// over those days) and phase B follows a week after A closes.
    /// </summary>
    private async Task<Guid> SeedTaskAsync(Actor organizer, TaskKind kind, DateTime now, CancellationToken cancellationToken)
    {
        var command = new ImportBundleCommand(organizer, BundleFiles.FromDirectory(DemoBundles.Directory(kind)), FirstOpensAtUtc: now.Date.AddDays(-PhaseAOpenDays));
        var report = Expect(await Handler<ImportBundleHandler>().Handle(command, cancellationToken).ConfigureAwait(false), $"import the demo {kind} bundle");
        return report.CreatedTaskId ?? throw new InvalidOperationException($"Demo seed could not import the demo {kind} bundle: {string.Join("; ", report.Problems)}");
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

    /// <summary>
    /// Each approved demo team uploads three or four synthetic prediction files on phase A over the past days (at
    /// most one a day, mostly each a little better than the one before) through the participants' own submit use case,
    /// and the scoring service scores each a minute later, both under a clock set to that moment; so the board,
    /// the charts, My submissions and the quota ledger read like a competition a week in. The files are derived
    /// from the demo gold with noise (<see cref="DemoDataGenerator.TeamSubmission"/>); none of it is real data.
    /// </summary>
    private async Task SeedBoardSubmissionsAsync(IReadOnlyList<BoardSubmitter> submitters, DateTime now, CancellationToken cancellationToken)
    {
        Dictionary<Guid, Guid> phaseAOfTask;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            phaseAOfTask = await db.Phases.Where(p => p.Code == "A").ToDictionaryAsync(p => p.TaskId, p => p.Id, cancellationToken).ConfigureAwait(false);
        }

        var uploads = new List<(DateTime At, BoardSubmitter By, int Number, double Skill)>();
        foreach (var submitter in submitters)
        {
            var count = 3 + ((submitter.Index + (int)submitter.Kind) % 2);
            for (var i = 0; i < count; i++)
            {
                // From six days ago to yesterday, at varied hours (10:00 to 21:59 in Beijing time): never today, so
                // the demo accounts still have today's whole quota.
                var daysAgo = PhaseAOpenDays - 1 - (int)Math.Round(i * (PhaseAOpenDays - 2.0) / (count - 1));
                var at = now.Date.AddDays(-daysAgo).AddHours(2 + (((submitter.Index * 5) + (i * 3)) % 12)).AddMinutes(((submitter.Index * 13) + (i * 7)) % 60);

                // Each file a little better than the one before; every other team had a bad try before its last.
                var dip = submitter.Index % 2 == 0 && i == count - 2 ? 0.25 : 0;
                uploads.Add((at, submitter, i + 1, Math.Max(0.05, submitter.FinalSkill - ((count - 1 - i) * 0.08) - dip)));
            }
        }

        var submitted = new List<Guid>();
        var seedClock = new SeedClock();
        var submit = Handler<SubmitPredictionHandler>(seedClock);
        var scoring = Handler<SubmissionScoringService>(seedClock);
        foreach (var (at, by, number, skill) in uploads.OrderBy(u => u.At))
        {
            seedClock.UtcNow = at;
            var file = DemoDataGenerator.TeamSubmission(by.Kind, PhaseAData, skill, seed: (by.Index * 10) + number);
            var text = string.Create(CultureInfo.InvariantCulture, $"演示提交 {number} · demo run {number}");
            using (var content = file.OpenRead())
            {
                var command = new SubmitPredictionCommand(by.Member, phaseAOfTask[by.TaskId], $"demo-run-{number}.json", content, file.Content.Length, text);
                var receipt = Expect(await submit.Handle(command, cancellationToken).ConfigureAwait(false), "upload a demo team's predictions");
                if (receipt.Status != SubmissionStatus.Queued)
                {
                    throw new InvalidOperationException($"Demo seed: a demo team's predictions were not queued ({receipt.Status}): {receipt.Report}");
                }

                submitted.Add(receipt.SubmissionId);
            }

            seedClock.UtcNow = at.AddMinutes(1);
            while (await scoring.TryClaimNextAsync(SeedWorker, cancellationToken).ConfigureAwait(false) is { } submissionId)
            {
                await scoring.ScoreClaimedAsync(submissionId, SeedWorker, cancellationToken).ConfigureAwait(false);
            }
        }

        // (One still queued or scoring was taken by another host's worker, which scores it now.)
        await using var check = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var failed = await check.Submissions.CountAsync(s => submitted.Contains(s.Id) && (s.Status == SubmissionStatus.Failed || s.Status == SubmissionStatus.Rejected), cancellationToken).ConfigureAwait(false);
        if (failed > 0)
        {
            throw new InvalidOperationException($"Demo seed: {failed} of the demo teams' {submitted.Count} submissions could not be scored.");
        }
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

    private T Handler<T>(params object[] with) => ActivatorUtilities.CreateInstance<T>(services, with);

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

    /// <summary>A member of an approved demo team who submits on its task's phase A, and how good its last file is.</summary>
    private sealed record BoardSubmitter(TaskKind Kind, Guid TaskId, Actor Member, double FinalSkill, int Index);

    // The instant the seed acts at: the demo submissions happen in the past days, through use cases that read the clock.
    private sealed class SeedClock : TimeProvider
    {
        public DateTime UtcNow { get; set; }

        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(UtcNow, DateTimeKind.Utc));
    }

    private static void ThrowIfFailed(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo seed could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
