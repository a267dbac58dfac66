using System.Globalization;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Fills a fresh portal database with one CDrugRed phase, <c>teams</c> teams (one leader account each) and
/// <c>submissions</c> scored submissions spread over them, plus two baselines: invented names and scores only.
/// Rows go straight to the context in batches (the use cases would take minutes for 50,000 submissions and are
/// not what is measured); the task and phase go through their use cases.
/// </summary>
internal static class BoardSeed
{
    private const int Batch = 5_000;

    public static async Task<Guid> FillAsync(IServiceProvider services, int teams, int submissions, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var organizerId = Guid.CreateVersion7();
        var start = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            db.Users.Add(NewUser(organizerId, "organizer"));
            await db.SaveChangesAsync(cancellationToken);
        }

        var organizer = Actor.Organizer(organizerId);
        var taskId = (await Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<CreateTaskHandler>(services).Handle(
            new CreateTaskCommand(organizer, TaskKind.CDrugRed, "cdrugred-bench", new TaskTexts("基准", "Benchmark", "", ""), Publish: true), cancellationToken)).Value;
        var phaseId = (await ActivatorUtilities.CreateInstance<CreatePhaseHandler>(services).Handle(
            new CreatePhaseCommand(organizer, taskId, new PhaseSettings { Code = "A", OpensAt = start, ClosesAt = start.AddDays(60), TotalLimit = 1000, DailyLimit = 100 }), cancellationToken)).Value;

        var random = new Random(20250601);
        var teamIds = new List<(Guid Team, Guid Leader)>(teams);
        for (var from = 0; from < teams; from += Batch)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(teams, from + Batch); i++)
            {
                var leader = Guid.CreateVersion7();
                db.Users.Add(NewUser(leader, $"lead{i}"));
                var team = Team.Create(Guid.CreateVersion7(), taskId, string.Create(CultureInfo.InvariantCulture, $"Team {i:0000} 队"), null, leader, start).Value;
                db.Teams.Add(team);
                teamIds.Add((team.Id, leader));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var facts = new StoredFileFacts("p.json", new string('a', 64), 1722, 400_000, 80_000);
        for (var from = 0; from < submissions; from += Batch)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(submissions, from + Batch); i++)
            {
                var (team, leader) = teamIds[i % teamIds.Count];
                var at = start.AddMinutes(i);
                var jaccard = 0.2 + (random.NextDouble() * 0.5);
                var f1 = jaccard + (random.NextDouble() * 0.1);
                var submission = Submission.Queue(Guid.CreateVersion7(), taskId, phaseId, team, leader, at, DateOnly.FromDateTime(at), null, facts, "", 0, counted: true, "", null);
                submission.Claim("bench", at.AddMinutes(5), at);
                submission.MarkScored((jaccard + f1) / 2, Metrics(jaccard, f1), "bench", at.AddSeconds(30));
                db.Submissions.Add(submission);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            foreach (var (name, score) in new[] { ("BERT baseline", 0.45), ("Frequency baseline", 0.30) })
            {
                db.Baselines.Add(new BaselineEntry(Guid.CreateVersion7(), taskId, phaseId, name, facts, [1], score, Metrics(score, score), "bench", organizerId, start));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return phaseId;
    }

    private static PortalUser NewUser(Guid id, string name) => new()
    {
        Id = id,
        UserName = $"{name}@bench.medrec",
        NormalizedUserName = $"{name}@bench.medrec".ToUpperInvariant(),
        Email = $"{name}@bench.medrec",
        NormalizedEmail = $"{name}@bench.medrec".ToUpperInvariant(),
        DisplayName = name,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        CreatedAt = new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static string Metrics(double jaccard, double f1) => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"score\":{(jaccard + f1) / 2},\"jaccard\":{jaccard},\"f1\":{f1},\"precision\":{f1},\"recall\":{jaccard}}}");
}
