namespace MedRec.Portal.Scoring.Metrics;

/// <summary>One metric value.</summary>
/// <param name="Key">Stable metric key (see <see cref="MetricKeys"/>).</param>
/// <param name="Value">The value, in [0, 1].</param>
public readonly record struct MetricScore(string Key, double Value);
