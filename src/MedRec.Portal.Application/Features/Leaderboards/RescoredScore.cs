namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>A submission's re-computed score, not yet published: what would replace its stored score on the board.</summary>
public sealed record RescoredScore(double PrimaryScore, string MetricsJson);
