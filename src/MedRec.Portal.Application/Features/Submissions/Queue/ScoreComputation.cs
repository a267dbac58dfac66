using MedRec.Portal.Domain.Common;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Application.Features.Submissions.Queue;

/// <summary>The result of scoring a stored file: the score, or a reason the team may read (never gold content).</summary>
public sealed record ScoreComputation(ScoreResult? Score, Note? Failure)
{
    /// <summary>The failure in English (null when scored).</summary>
    public string? FailureReason => Failure?.English;

    public static ScoreComputation Succeeded(ScoreResult score) => new(score, null);

    public static ScoreComputation Failed(Note reason) => new(null, reason);
}
