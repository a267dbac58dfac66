using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>Errors the leaderboard use cases return, worded once.</summary>
public static class LeaderboardErrors
{
    public static Error PhaseNotFound { get; } = Error.NotFound("The phase");

    public static Error NotReleased { get; } = Error.Forbidden("This phase's leaderboard is not public yet; the organisers will release it.");

    public static Error SnapshotNotFound { get; } = Error.NotFound("The leaderboard snapshot");

    public static Error UnknownSort(string key, IEnumerable<string> valid) =>
        Error.Validation("SortBy", $"Cannot sort by \"{key}\"; use one of: rank, team, submissions, time, {string.Join(", ", valid)}.");
}
