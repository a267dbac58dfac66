using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>
/// Computes a phase's ranked board from the database. The database does the heavy part: it groups the phase's
/// scored submissions by team (count, best primary score, latest time) and returns only the submissions that can
/// represent a team under the phase's policy, with their team's count, in one query; so thousands of teams with
/// tens of thousands of submissions cost four small round trips (moderation, candidates, names, baselines) and a
/// few thousand parsed metric sets. Moderation (exclusions, overrides, merges) is applied here; ranking itself is
/// <see cref="BoardRanking"/>.
/// </summary>
public static class BoardCalculator
{
    // A submission within this of its team's best primary score may still win on the tie-breaks.
    private const double Slack = TaskDefinition.TieEpsilon;

    /// <summary>The board of <paramref name="phase"/>, counting only scores known at <paramref name="asOfUtc"/> (null: all).</summary>
    public static async Task<RankedBoard> ComputeAsync(IPortalDbContext db, Phase phase, TaskKind kind, DateTime? asOfUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(phase);
        var metrics = LeaderboardMetrics.For(kind);
        var moderation = await ActiveModerations.LoadAsync(db, phase.Id, cancellationToken).ConfigureAwait(false);
        var excludedSubmissions = moderation.ExcludedSubmissions.ToList();
        var overridden = moderation.Overrides.Keys.ToList();

        var scored = db.Submissions.AsNoTracking().Where(s => s.PhaseId == phase.Id && s.Status == SubmissionStatus.Scored && s.PrimaryScore != null);
        if (asOfUtc is { } asOf)
        {
            scored = scored.Where(s => s.ScoredAt <= asOf);
        }

        if (excludedSubmissions.Count > 0)
        {
            scored = scored.Where(s => !excludedSubmissions.Contains(s.Id));
        }

        // Overridden submissions are read on their own below: their stored score must not decide a team's best.
        var plain = overridden.Count > 0 ? scored.Where(s => !overridden.Contains(s.Id)) : scored;

        var candidates = await CandidatesAsync(plain, phase.Representative, cancellationToken).ConfigureAwait(false);

        // Each plain candidate carries its team's count of plain submissions; an overridden one counts for one.
        var counts = new Dictionary<Guid, int>();
        foreach (var row in candidates.DistinctBy(c => c.TeamId))
        {
            Add(counts, moderation.RowTeamOf(row.TeamId), row.TeamCount);
        }

        if (overridden.Count > 0)
        {
            var overriddenRows = await scored.Where(s => overridden.Contains(s.Id))
                .Select(s => new CandidateRow(s.Id, s.TeamId, s.SubmittedAt, s.PrimaryScore!.Value, s.MetricsJson, s.IsSelectedForFinal, 1))
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var row in overriddenRows)
            {
                Add(counts, moderation.RowTeamOf(row.TeamId), 1);
            }

            candidates.AddRange(overriddenRows);
        }

        return await RankAsync(db, phase, metrics, moderation, candidates, counts, asOfUtc, nowUtc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The live board of <paramref name="phase"/> as it will be once <paramref name="rescored"/> (submission id →
    /// its re-computed score, not yet published) replace the stored scores: what publishing a re-score does. A
    /// failed submission that now scores joins the board, as publishing marks it scored. Same moderation, policy
    /// and ranking as <see cref="ComputeAsync"/>; every scored submission is read (a re-score reads them all anyway),
    /// because the database's per-team best is of the old scores.
    /// </summary>
    public static async Task<RankedBoard> ComputeRescoredAsync(IPortalDbContext db, Phase phase, TaskKind kind, IReadOnlyDictionary<Guid, RescoredScore> rescored, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(rescored);
        var metrics = LeaderboardMetrics.For(kind);
        var moderation = await ActiveModerations.LoadAsync(db, phase.Id, cancellationToken).ConfigureAwait(false);
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.PhaseId == phase.Id && (s.Status == SubmissionStatus.Scored || s.Status == SubmissionStatus.Failed))
            .Select(s => new { s.Id, s.TeamId, s.SubmittedAt, s.Status, s.PrimaryScore, s.MetricsJson, s.IsSelectedForFinal })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var candidates = new List<CandidateRow>();
        var counts = new Dictionary<Guid, int>();
        foreach (var row in rows)
        {
            if (moderation.ExcludedSubmissions.Contains(row.Id))
            {
                continue;
            }

            CandidateRow? candidate = rescored.TryGetValue(row.Id, out var fresh)
                ? new CandidateRow(row.Id, row.TeamId, row.SubmittedAt, fresh.PrimaryScore, fresh.MetricsJson, row.IsSelectedForFinal, 1)
                : row is { Status: SubmissionStatus.Scored, PrimaryScore: { } primary }
                    ? new CandidateRow(row.Id, row.TeamId, row.SubmittedAt, primary, row.MetricsJson, row.IsSelectedForFinal, 1)
                    : null;
            if (candidate is not null)
            {
                candidates.Add(candidate);
                Add(counts, moderation.RowTeamOf(row.TeamId), 1);
            }
        }

        return await RankAsync(db, phase, metrics, moderation, candidates, counts, null, nowUtc, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<RankedBoard> RankAsync(
        IPortalDbContext db, Phase phase, LeaderboardMetrics metrics, ActiveModerations moderation, List<CandidateRow> candidates, Dictionary<Guid, int> counts, DateTime? asOfUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var names = await db.Teams.AsNoTracking()
            .Where(t => t.TaskId == phase.TaskId)
            .Select(t => new { t.Id, t.Name })
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken)
            .ConfigureAwait(false);

        var byTeam = new Dictionary<Guid, List<BoardCandidate>>();
        foreach (var row in candidates)
        {
            var team = moderation.RowTeamOf(row.TeamId);
            if (moderation.ExcludedTeams.Contains(team) || moderation.ExcludedTeams.Contains(row.TeamId))
            {
                continue;
            }

            var values = MetricValues.Read(row.MetricsJson);
            var isOverridden = moderation.Overrides.TryGetValue(row.Id, out var replacement);
            if (isOverridden)
            {
                foreach (var (key, value) in replacement!)
                {
                    values[key] = value;
                }
            }

            var primary = isOverridden && replacement!.TryGetValue(metrics.Columns[0].Key, out var p) ? p : row.PrimaryScore;
            var candidate = new BoardCandidate(row.Id, row.SubmittedAt, MetricValues.InColumnOrder(values, metrics, primary), row.IsSelected, isOverridden);
            if (!byTeam.TryGetValue(team, out var list))
            {
                byTeam[team] = list = [];
            }

            list.Add(candidate);
        }

        var teams = byTeam.Select(pair => new BoardTeam(pair.Key, names.GetValueOrDefault(pair.Key, "?"), counts.GetValueOrDefault(pair.Key), pair.Value));
        var baselines = await BaselinesAsync(db, phase.Id, asOfUtc, metrics, cancellationToken).ConfigureAwait(false);
        var rows = BoardRanking.Rank(teams, baselines, metrics.RankingKeys, phase.Representative, phase.SelectionLimit);
        return new RankedBoard(phase.Id, rows, asOfUtc, nowUtc);
    }

    /// <summary>
    /// The submissions that may represent their team under <paramref name="policy"/>, each with its team's count of
    /// <paramref name="scored"/> submissions, in one query: the per-team aggregate (count and best score, or latest
    /// time) joined back to the submissions it selects. The aggregate reads only the
    /// (PhaseId, Status, TeamId, PrimaryScore, Id) index, and every team with a submission has at least one
    /// candidate (its best or latest), so the counts of all teams come back with the rows.
    /// </summary>
    /// <remarks>
    /// Written as <c>from g in aggregate from s in scored where s.TeamId == g.TeamId</c>, which EF Core emits as a
    /// CROSS JOIN: SQLite keeps that order, so the 2,000 per-team maxima drive seeks in the index; with a JOIN it
    /// scanned every submission first (recompute 2x slower; docs/benchmarks.md). PostgreSQL plans both alike.
    /// </remarks>
    private static async Task<List<CandidateRow>> CandidatesAsync(IQueryable<Submission> scored, RepresentativeSubmission policy, CancellationToken cancellationToken)
    {
        var tops = scored.GroupBy(x => x.TeamId).Select(g => new { TeamId = g.Key, Count = g.Count(), Top = g.Max(x => x.PrimaryScore) });
        var best =
            from g in tops
            from s in scored
            where s.TeamId == g.TeamId && s.PrimaryScore >= g.Top - Slack
            select new { s.Id, s.TeamId, s.SubmittedAt, s.PrimaryScore, s.MetricsJson, s.IsSelectedForFinal, g.Count };
        var chosen = policy switch
        {
            RepresentativeSubmission.Latest =>
                from g in scored.GroupBy(x => x.TeamId).Select(g => new { TeamId = g.Key, Count = g.Count(), Last = g.Max(x => x.SubmittedAt) })
                from s in scored
                where s.TeamId == g.TeamId && s.SubmittedAt == g.Last
                select new { s.Id, s.TeamId, s.SubmittedAt, s.PrimaryScore, s.MetricsJson, s.IsSelectedForFinal, g.Count },

            // Selected: the selections, plus each team's best for teams that selected nothing.
            RepresentativeSubmission.Selected => best.Union(
                from g in tops
                from s in scored
                where s.TeamId == g.TeamId && s.IsSelectedForFinal
                select new { s.Id, s.TeamId, s.SubmittedAt, s.PrimaryScore, s.MetricsJson, s.IsSelectedForFinal, g.Count }),
            _ => best,
        };
        var rows = await chosen.ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(r => new CandidateRow(r.Id, r.TeamId, r.SubmittedAt, r.PrimaryScore!.Value, r.MetricsJson, r.IsSelectedForFinal, r.Count));
    }

    private static async Task<List<BoardBaseline>> BaselinesAsync(IPortalDbContext db, Guid phaseId, DateTime? asOfUtc, LeaderboardMetrics metrics, CancellationToken cancellationToken)
    {
        var query = db.Baselines.AsNoTracking().Where(b => b.PhaseId == phaseId && b.WithdrawnAt == null);
        if (asOfUtc is { } asOf)
        {
            query = query.Where(b => b.UploadedAt <= asOf);
        }

        var rows = await query.Select(b => new { b.Id, b.Name, b.UploadedAt, b.PrimaryScore, b.MetricsJson }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(b => new BoardBaseline(
                b.Id,
                b.Name,
                new BoardCandidate(b.Id, b.UploadedAt, MetricValues.InColumnOrder(MetricValues.Read(b.MetricsJson), metrics, b.PrimaryScore))))
            .ToList();
    }

    private static void Add(Dictionary<Guid, int> counts, Guid team, int count) => counts[team] = counts.GetValueOrDefault(team) + count;

    /// <param name="TeamCount">How many of the team's submissions count on the board (for an overridden submission: itself).</param>
    private sealed record CandidateRow(Guid Id, Guid TeamId, DateTime SubmittedAt, double PrimaryScore, string? MetricsJson, bool IsSelected, int TeamCount);
}
