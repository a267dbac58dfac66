using System.Collections.Concurrent;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>
/// Keeps computed boards in memory, keyed by phase and as-of instant. Before reuse it checks a fingerprint of
/// everything a board depends on (scored submissions: count and latest scoring instant; moderation; the task's team
/// merges; baselines; the phase's settings version) with one aggregate query, so a board is never stale even when the
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

    // One round trip: the eight aggregates are scalar subqueries of one statement (three queries before; each round
    // trip waits on a server that shares the machine's cores). The count reads the (PhaseId, Status, ScoredAt)
    // index alone and the latest instant is one seek in it.
    private static async Task<Fingerprint> FingerprintAsync(IPortalDbContext db, Phase phase, CancellationToken cancellationToken)
    {
        // The settings version is the loaded phase's (the board is computed from those settings), not a newer one.
        var (phaseId, taskId, version) = (phase.Id, phase.TaskId, phase.Version);
        var stamp = await db.Phases.AsNoTracking()
            .Where(p => p.Id == phaseId)
            .Select(p => new Fingerprint(
                version,
                db.Submissions.Count(s => s.PhaseId == phaseId && s.Status == SubmissionStatus.Scored),
                db.Submissions.Where(s => s.PhaseId == phaseId && s.Status == SubmissionStatus.Scored).Max(s => s.ScoredAt),
                db.BoardModerations.Count(m => m.PhaseId == phaseId),
                db.BoardModerations.Count(m => m.PhaseId == phaseId && m.RevokedAt != null),
                // Merges and their undoing move submissions between teams (and the moved team's moderation with them).
                db.TeamMerges.Count(m => m.TaskId == taskId),
                db.TeamMerges.Count(m => m.TaskId == taskId && m.UndoneAt != null),
                db.Baselines.Count(b => b.PhaseId == phaseId),
                db.Baselines.Count(b => b.PhaseId == phaseId && b.WithdrawnAt != null)))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

        // The phase row is gone (deleted meanwhile): a stamp that matches no cached board.
        return stamp ?? new Fingerprint(Guid.NewGuid(), 0, null, 0, 0, 0, 0, 0, 0);
    }

    private sealed record Fingerprint(Guid PhaseVersion, int Scored, DateTime? LastScoredAt, int Moderations, int Revoked, int Merges, int Unmerged, int Baselines, int Withdrawn);
}
