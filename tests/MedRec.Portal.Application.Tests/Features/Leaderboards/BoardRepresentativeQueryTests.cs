using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Metrics;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Leaderboards;

/// <summary>
/// The board's one query for representatives and counts (per-team aggregate joined back to the submissions) under
/// each policy, with moderation, and the one-query fingerprint that guards the cached board.
/// </summary>
public sealed class BoardRepresentativeQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task BestPolicyCountsEverySubmissionAndLetsAScoreWithinTheTieMarginWinOnF1(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B", "C");
        await world.ScoreAsync("A", 0.5, f1: 0.5);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        // Below the best by less than 1e-12: a tie on the score, so the higher F1 represents A (docs/scoring-rules.md).
        var nearTie = await world.ScoreAsync("A", 0.5 - 4e-13, f1: 0.7);
        await world.ScoreAsync("A", 0.3);
        await world.ScoreAsync("B", 0.6);
        var c = await world.ScoreAsync("C", 0.4, f1: 0.4);

        // Below by more than the margin: not a tie, the higher score wins whatever the F1.
        await world.ScoreAsync("C", 0.4 - 2e-12, f1: 0.9);

        var rows = (await world.BoardAsync(world.Organizer)).Rows.Items;
        rows.Select(r => (r.Rank, r.Name, r.SubmissionCount)).ShouldBe([(1, "B", 1), (2, "A", 3), (3, "C", 2)]);
        rows[1].SubmissionId.ShouldBe(nearTie);
        rows[1].PrimaryScore.ShouldBe(0.5 - 4e-13);
        rows[1].Metrics.Single(m => m.Key == MetricKeys.F1).Value.ShouldBe(0.7);
        rows[2].SubmissionId.ShouldBe(c);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LatestPolicyFollowsHiddenAndOverriddenSubmissionsAndDisqualifiedTeams(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.UseSettingsAsync(s => s with { Representative = RepresentativeSubmission.Latest });
        await world.ScoreAsync("A", 0.9);
        await world.ScoreAsync("B", 0.5);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await world.ScoreAsync("A", 0.2);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await world.ScoreAsync("A", 0.4);

        var rows = (await world.BoardAsync(world.Organizer)).Rows.Items;
        rows.Select(r => (r.Name, r.PrimaryScore, r.SubmissionCount)).ShouldBe([("B", 0.5, 1), ("A", 0.4, 3)]);
        rows[1].SubmissionId.ShouldBe(third);

        // Hiding the latest: the one before it is now A's latest, and the hidden one no longer counts.
        await AddModerationAsync(host, BoardModeration.Exclude(Guid.CreateVersion7(), world.PhaseId, ModerationTarget.Submission, third, disqualify: false, "Leaked labels", world.Organizer.UserId, host.Clock.UtcNow));
        rows = (await world.BoardAsync(world.Organizer)).Rows.Items;
        rows.Select(r => (r.Name, r.PrimaryScore, r.SubmissionCount, r.IsOverridden)).ShouldBe([("B", 0.5, 1, false), ("A", 0.2, 2, false)]);

        // An override of that one keeps it A's latest (read on its own, outside the aggregate) with the new score.
        await AddModerationAsync(host, BoardModeration.OverrideScore(Guid.CreateVersion7(), world.PhaseId, second, "{\"score\":0.95}", "Gold fixed", world.Organizer.UserId, host.Clock.UtcNow));
        rows = (await world.BoardAsync(world.Organizer)).Rows.Items;
        rows.Select(r => (r.Name, r.PrimaryScore, r.SubmissionCount, r.IsOverridden)).ShouldBe([("A", 0.95, 2, true), ("B", 0.5, 1, false)]);
        rows[0].SubmissionId.ShouldBe(second);

        await AddModerationAsync(host, BoardModeration.Exclude(Guid.CreateVersion7(), world.PhaseId, ModerationTarget.Team, world.Team("B"), disqualify: true, "Shared an account", world.Organizer.UserId, host.Clock.UtcNow));
        (await world.BoardAsync(null)).Rows.Items.Select(r => (r.Rank, r.Name)).ShouldBe([(1, "A")]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SelectedPolicyTakesTheBestOfTheLatestSelectionsAndSeesANewSelectionAtOnce(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.UseSettingsAsync(s => s with { Representative = RepresentativeSubmission.Selected, SelectionLimit = 2 });
        await world.ScoreAsync("A", 0.9);
        await world.ScoreAsync("A", 0.6, selected: true);
        await world.ScoreAsync("B", 0.6);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var a5 = await world.ScoreAsync("A", 0.5, selected: true);
        await world.ScoreAsync("B", 0.7);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.ScoreAsync("A", 0.4, selected: true);

        // A: the two latest selections (0.5, 0.4) count, so 0.5; its unselected 0.9 does not. B selected nothing: its best.
        var rows = (await world.BoardAsync(world.Organizer)).Rows.Items;
        rows.Select(r => (r.Name, r.PrimaryScore, r.SubmissionCount)).ShouldBe([("B", 0.7, 2), ("A", 0.5, 4)]);
        rows[1].SubmissionId.ShouldBe(a5);

        // Unselecting changes no count or instant; the board of a selected-submissions phase is computed every time.
        await using (var db = await host.OpenAsync())
        {
            (await db.Submissions.SingleAsync(s => s.Id == a5, Ct)).SelectForFinal(false);
            await db.SaveChangesAsync(Ct);
        }

        (await world.BoardAsync(world.Organizer)).Rows.Items.Select(r => (r.Name, r.PrimaryScore, r.SubmissionCount)).ShouldBe([("B", 0.7, 2), ("A", 0.6, 4)]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task CachedBoardNoticesModerationAndBaselineChangesWrittenByAnotherProcess(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, "A", "B");
        await world.ScoreAsync("A", 0.8);
        await world.ScoreAsync("B", 0.5);
        (await world.NamesAsync(null)).ShouldBe(["A", "B"]);
        var cache = host.Create<BoardCacheProbe>().Cache;
        var computed = cache.Computations;
        (await world.NamesAsync(null)).ShouldBe(["A", "B"]);
        cache.Computations.ShouldBe(computed);

        // Written straight to the database, as another web instance would: no in-process invalidation.
        var hide = BoardModeration.Exclude(Guid.CreateVersion7(), world.PhaseId, ModerationTarget.Team, world.Team("A"), disqualify: false, "Under review", world.Organizer.UserId, host.Clock.UtcNow);
        await AddModerationAsync(host, hide);
        (await world.NamesAsync(null)).ShouldBe(["B"]);

        await using (var db = await host.OpenAsync())
        {
            var stored = await db.BoardModerations.SingleAsync(m => m.Id == hide.Id, Ct);
            stored.Revoke(world.Organizer.UserId, "Cleared", host.Clock.UtcNow);
            await db.SaveChangesAsync(Ct);
        }

        (await world.NamesAsync(null)).ShouldBe(["A", "B"]);

        var baseline = new BaselineEntry(Guid.CreateVersion7(), world.TaskId, world.PhaseId, "Baseline", new("b.json", new string('b', 64), 2, 10, 5), [1], 0.6, "{\"score\":0.6}", "1.0.0", world.Organizer.UserId, host.Clock.UtcNow);
        await using (var db = await host.OpenAsync())
        {
            db.Baselines.Add(baseline);
            await db.SaveChangesAsync(Ct);
        }

        (await world.NamesAsync(null)).ShouldBe(["A", "Baseline", "B"]);

        await using (var db = await host.OpenAsync())
        {
            (await db.Baselines.SingleAsync(b => b.Id == baseline.Id, Ct)).Withdraw(host.Clock.UtcNow);
            await db.SaveChangesAsync(Ct);
        }

        (await world.NamesAsync(null)).ShouldBe(["A", "B"]);
        cache.Computations.ShouldBe(computed + 4);
    }

    private static async Task AddModerationAsync(PortalTestHost host, BoardModeration moderation)
    {
        await using var db = await host.OpenAsync();
        db.BoardModerations.Add(moderation);
        await db.SaveChangesAsync(Ct);
    }
}
