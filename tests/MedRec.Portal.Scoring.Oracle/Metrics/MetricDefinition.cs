namespace MedRec.Portal.Scoring.Metrics;

/// <summary>A metric a task reports: its stable key, a short display name and the definition shown to participants.</summary>
/// <param name="Key">Stable key (see <see cref="MetricKeys"/>).</param>
/// <param name="DisplayName">Short column title, e.g. <c>Score</c> or <c>Main accuracy</c>.</param>
/// <param name="Definition">One-sentence definition, as on the task's Evaluation page.</param>
public sealed record MetricDefinition(string Key, string DisplayName, string Definition);
