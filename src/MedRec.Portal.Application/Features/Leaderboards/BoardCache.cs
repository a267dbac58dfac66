using System.Collections.Concurrent;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>
/// Keeps computed boards in memory, keyed by phase and as-of instant. Before reuse it checks a fingerprint of
/// everything a board depends on (scored submissions: count and latest scoring instant; moderation; the task's team
/// merges; baselines; the phase's settings version) with four small aggregate queries, so a board is never stale even when the
/// change came from another process; in-process changes also call <see cref="Invalidate"/>. Boards of phases
/// ranked by selected submissions are not cached: a selection swap changes no count or instant.
/// </summary>
public sealed class BoardCache
{
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<(Guid PhaseId, DateTime? AsOf), (Fingerprint Stamp, RankedBoard Board)> _entries = new();

    /// <summary>How many boards were computed rather than reused (for tests and the benchmark).</summary>
    public int Computations => _computations;

    private int _computations;

    internal async Task<RankedBoard> GetAsync(IPortalDbContext db, PhaseBoardContext context, DateTime? asOfUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var phase = context.Phase;
        if (phase.Representative == RepresentativeSubmission.Selected)
        {
            Interlocked.Increment(ref _computations);
            return await BoardCalculator.ComputeAsync(db, phase, context.Kind, asOfUtc, nowUtc, cancellationToken).ConfigureAwait(false);
        }

        var stamp = await FingerprintAsync(db, phase, cancellationToken).ConfigureAwait(false);
        var key = (phase.Id, asOfUtc);
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp)
        {
            return entry.Board;
        }

        Interlocked.Increment(ref _computations);
        var board = await BoardCalculator.ComputeAsync(db, phase, context.Kind, asOfUtc, nowUtc, cancellationToken).ConfigureAwait(false);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = (stamp, board);
        return board;
    }

    /// <summary>Drops every cached board of the phase (after a score, a moderation, a baseline change).</summary>
    public void Invalidate(Guid phaseId)
    {
        foreach (var key in _entries.Keys.Where(k => k.PhaseId == phaseId).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }

    private static async Task<Fingerprint> FingerprintAsync(IPortalDbContext db, Phase phase, CancellationToken cancellationToken)
    {
        var scored = await db.Submissions.AsNoTracking()
            .Where(s => s.PhaseId == phase.Id && s.Status == SubmissionStatus.Scored)
            .GroupBy(s => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(s => s.ScoredAt) })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        var moderation = await db.BoardModerations.AsNoTracking()
            .Where(m => m.PhaseId == phase.Id)
            .GroupBy(m => 1)
            .Select(g => new { Count = g.Count(), Revoked = g.Count(m => m.RevokedAt != null) })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        // Merges and their undoing move submissions between teams (and the moved team's moderation with them).
        var merges = await db.TeamMerges.AsNoTracking()
            .Where(m => m.TaskId == phase.TaskId)
            .GroupBy(m => 1)
            .Select(g => new { Count = g.Count(), Undone = g.Count(m => m.UndoneAt != null) })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        var baselines = await db.Baselines.AsNoTracking()
            .Where(b => b.PhaseId == phase.Id)
            .GroupBy(b => 1)
            .Select(g => new { Count = g.Count(), Withdrawn = g.Count(b => b.WithdrawnAt != null) })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return new Fingerprint(phase.Version, scored?.Count ?? 0, scored?.Last, moderation?.Count ?? 0, moderation?.Revoked ?? 0, merges?.Count ?? 0, merges?.Undone ?? 0, baselines?.Count ?? 0, baselines?.Withdrawn ?? 0);
    }

    private sealed record Fingerprint(Guid PhaseVersion, int Scored, DateTime? LastScoredAt, int Moderations, int Revoked, int Merges, int Unmerged, int Baselines, int Withdrawn);
}
