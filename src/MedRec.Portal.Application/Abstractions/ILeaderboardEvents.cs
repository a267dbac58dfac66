namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// In-process notifications that a phase's board changed (a score arrived, moderation, freeze, release, snapshot,
/// baseline), so open leaderboard pages can refresh. Handlers run on the publisher's thread: keep them short (a
/// Blazor component calls <c>InvokeAsync(StateHasChanged)</c> or re-queries) and never throw.
/// </summary>
public interface ILeaderboardEvents : IChangeEvents<BoardChanged>;

/// <summary>One change to one phase's board.</summary>
public sealed record BoardChanged(Guid PhaseId, BoardChangeKind Kind, DateTime OccurredAtUtc);

/// <summary>What changed on a board.</summary>
public enum BoardChangeKind
{
    /// <summary>A submission's score changed the live board.</summary>
    ScoresChanged,

    /// <summary>Frozen, released, scheduled, or options changed.</summary>
    StateChanged,

    /// <summary>A snapshot was stored (freeze, hourly, manual).</summary>
    SnapshotTaken,

    /// <summary>An organiser hid, disqualified, overrode, merged or revoked.</summary>
    Moderated,

    /// <summary>A baseline was added or withdrawn.</summary>
    BaselineChanged,
}
