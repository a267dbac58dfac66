using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// An immutable copy of a phase's ranked board as of <see cref="AsOf"/> (only scores known by then). Its rows are
/// stored, not recomputed, so later re-scores, moderation or deleted teams never change what was published.
/// </summary>
public sealed class BoardSnapshot
{
    private BoardSnapshot()
    {
    }

    public BoardSnapshot(Guid id, Guid phaseId, SnapshotKind kind, DateTime asOfUtc, DateTime takenAtUtc, Guid? takenByUserId, int rowCount)
    {
        Id = id;
        PhaseId = phaseId;
        Kind = kind;
        AsOf = Instants.RequireUtc(asOfUtc, nameof(asOfUtc));
        TakenAt = Instants.RequireUtc(takenAtUtc, nameof(takenAtUtc));
        TakenByUserId = takenByUserId;
        RowCount = rowCount;
    }

    public Guid Id { get; private set; }

    public Guid PhaseId { get; private set; }

    public SnapshotKind Kind { get; private set; }

    /// <summary>The instant the board is as of (the freeze instant, the hour mark).</summary>
    public DateTime AsOf { get; private set; }

    /// <summary>When the snapshot was actually computed (the job may run a little after <see cref="AsOf"/>).</summary>
    public DateTime TakenAt { get; private set; }

    /// <summary>The organiser who took it; null for the scheduled job.</summary>
    public Guid? TakenByUserId { get; private set; }

    public int RowCount { get; private set; }
}
