namespace MedRec.Portal.Scoring;

/// <summary>
/// The version of the scoring rules and code. Every stored score records which version produced it, so a later
/// change to the rules (docs/scoring-rules.md) can be told apart from an old score. Bump it whenever a metric, a
/// validation rule or a normalisation step changes what a file scores.
/// </summary>
public static class ScorerVersion
{
    /// <summary>The version of this scorer.</summary>
    public const string Current = "1.0.0";
}
