using MedRec.Portal.Scoring;

namespace MedRec.Portal.Benchmarks;

internal static class OutcomeExtensions
{
    /// <summary>Fails loudly if a synthetic file was rejected: timing a rejection would measure the wrong thing.</summary>
    public static ScoredSubmission ShouldBeScored(this ScoringOutcome outcome) =>
        outcome as ScoredSubmission ?? throw new InvalidOperationException($"The synthetic submission was rejected: {outcome.Report.Errors[0]}");
}
