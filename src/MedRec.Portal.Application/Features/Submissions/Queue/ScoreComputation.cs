using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Application.Features.Submissions.Queue;

/// <summary>The result of scoring a stored file: the score, or a reason the team may read (never gold content).</summary>
public sealed record ScoreComputation(ScoreResult? Score, string? FailureReason)
{
    public static ScoreComputation Succeeded(ScoreResult score) => new(score, null);

    public static ScoreComputation Failed(string reason) => new(null, reason);
}
