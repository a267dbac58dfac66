using MedRec.Portal.Domain.Scores;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// A scored submission as the ranking sees it: its metrics (an organiser's override already applied), when it
/// was submitted, and whether the team selected it for the final ranking.
/// </summary>
public sealed record BoardCandidate(Guid SubmissionId, DateTime SubmittedAt, MetricScores Metrics, bool IsSelected = false, bool IsOverridden = false);
