namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>An organiser's reference result shown among the teams, with a badge and without a rank number.</summary>
public sealed record BoardBaseline(Guid BaselineId, string Name, BoardCandidate Entry);
