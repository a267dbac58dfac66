namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// A team on a phase's board: its name, how many scored submissions it has, and the submissions that may
/// represent it (the store may pass only those that can win under the phase's policy, not all of them).
/// </summary>
public sealed record BoardTeam(Guid TeamId, string Name, int SubmissionCount, IReadOnlyList<BoardCandidate> Candidates);
