using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Features.Tasks.UpdatePhase;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Metrics;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Leaderboards;

/// <summary>
/// A CDrugRed task with one phase, an organiser and teams, and scored submissions written straight to the
/// database (the board reads what the scoring worker stores, so it does not need the worker to run).
/// </summary>
internal sealed class BoardWorld
{
    private BoardWorld(PortalTestHost host, Actor organizer, Guid taskId, Guid phaseId)
    {
        Host = host;
        Organizer = organizer;
        TaskId = taskId;
        PhaseId = phaseId;
    }

    public PortalTestHost Host { get; }

    public Actor Organizer { get; }

    public Guid TaskId { get; }

    public Guid PhaseId { get; }

    public Dictionary<string, (Guid TeamId, Actor Leader)> Teams { get; } = [];

    public static DateTime Opens { get; } = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<BoardWorld> CreateAsync(PortalTestHost host, params string[] teamNames) => CreateAsync(host, TaskKind.CDrugRed, teamNames);

    public static async Task<BoardWorld> CreateAsync(PortalTestHost host, TaskKind kind, params string[] teamNames)
    {
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer, kind, kind == TaskKind.CDrugRed ? "cdrugred" : "icd");
        var phaseId = await host.CreatePhaseAsync(organizer, taskId, "A", Opens, Opens.AddDays(60));
        var world = new BoardWorld(host, organizer, taskId, phaseId);
        foreach (var name in teamNames)
        {
            await world.AddTeamAsync(name);
        }

        return world;
    }

    public async Task<Guid> AddTeamAsync(string name)
    {
        var leader = await Host.CreateUserAsync($"lead-{Teams.Count}");
        var teamId = await Host.CreateTeamAsync(leader, TaskId, name);
        Teams[name] = (teamId, leader);
        return teamId;
    }

    public Actor Leader(string team) => Teams[team].Leader;

    public Guid Team(string team) => Teams[team].TeamId;

    /// <summary>Stores a scored submission of <paramref name="team"/> submitted at the clock's now (scored at <paramref name="scoredAt"/> or now).</summary>
    public Task<Guid> ScoreAsync(string team, double score, double? f1 = null, double? jaccard = null, bool selected = false, DateTime? scoredAt = null) =>
        StoreAsync(team, new MetricScores([
            new(MetricKeys.Score, score),
            new(MetricKeys.Jaccard, jaccard ?? score),
            new(MetricKeys.F1, f1 ?? score),
            new(MetricKeys.Precision, score),
            new(MetricKeys.Recall, score),
        ]), selected, scoredAt);

    /// <summary>An ICD task's scored submission, its metrics in the scorer's order (Acc first).</summary>
    public Task<Guid> ScoreIcdAsync(string team, double acc, double main, double otherRecall, double otherPrecision, double otherF1) =>
        StoreAsync(team, new MetricScores([
            new(MetricKeys.Acc, acc),
            new(MetricKeys.MainAccuracy, main),
            new(MetricKeys.OtherRecall, otherRecall),
            new(MetricKeys.OtherPrecision, otherPrecision),
            new(MetricKeys.OtherF1, otherF1),
        ]), selected: false, scoredAt: null);

    private async Task<Guid> StoreAsync(string team, MetricScores metrics, bool selected, DateTime? scoredAt)
    {
        var now = Host.Clock.UtcNow;
        var score = metrics.Primary;
        var id = Guid.CreateVersion7();
        var submission = Submission.Queue(id, TaskId, PhaseId, Team(team), Leader(team).UserId, now, DateOnly.FromDateTime(now), null, new StoredFileFacts("p.json", new string('a', 64), 2, 100, 50), "", 0, counted: true, "", null);
        submission.Claim("test", now.AddMinutes(5), now);
        submission.MarkScored(score, ToJson(metrics), "1.0.0", scoredAt ?? now);
        if (selected)
        {
            submission.SelectForFinal(true);
        }

        await using var db = await Host.OpenAsync();
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(Ct);
        return id;
    }

    public async Task UseSettingsAsync(Func<PhaseSettings, PhaseSettings> change)
    {
        PhaseSettings settings;
        await using (var db = await Host.OpenAsync())
        {
            settings = (await db.Phases.SingleAsync(p => p.Id == PhaseId, Ct)).Settings;
        }

        (await Host.Send(new UpdatePhaseCommand(Organizer, PhaseId, change(settings)), Ct)).ShouldSucceed();
    }

    public async Task<Application.Features.Leaderboards.BoardView> BoardAsync(Actor? actor, GetBoardQuery? query = null) =>
        (await Host.Send((query ?? new GetBoardQuery(actor, PhaseId)) with { Actor = actor }, Ct)).ShouldSucceed();

    public async Task<string[]> NamesAsync(Actor? actor) => [.. (await BoardAsync(actor)).Rows.Items.Select(r => r.Name)];

    private static string ToJson(MetricScores metrics) =>
        "{" + string.Join(",", metrics.Select(m => $"\"{m.Key}\":{m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + "}";
}
