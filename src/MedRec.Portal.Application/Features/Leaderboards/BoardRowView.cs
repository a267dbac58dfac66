using MedRec.Portal.Domain.Scores;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>
/// A board row as pages show it. <see cref="Position"/> is the place in ranking order (baselines included);
/// <see cref="Rank"/> is null for baselines. <see cref="Metrics"/> follow the board's columns, primary first.
/// <see cref="SubmissionId"/> (the representative submission) is given to organisers only.
/// </summary>
public sealed record BoardRowView(
    int Position,
    int? Rank,
    Guid? TeamId,
    string Name,
    IReadOnlyList<MetricScore> Metrics,
    double PrimaryScore,
    int SubmissionCount,
    DateTime SubmittedAt,
    bool IsBaseline,
    bool IsOverridden,
    bool IsViewerTeam,
    Guid? SubmissionId);
