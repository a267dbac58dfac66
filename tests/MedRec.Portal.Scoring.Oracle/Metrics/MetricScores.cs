using System.Collections;

namespace MedRec.Portal.Scoring.Metrics;

/// <summary>A set of metric values in display order; the first is the primary (ranking) metric.</summary>
public sealed class MetricScores : IReadOnlyList<MetricScore>
{
    private readonly MetricScore[] _values;

    /// <summary>Creates the set from values in display order, primary first (e.g. a score loaded from storage).</summary>
    /// <exception cref="ArgumentException">No values, or a key appears twice.</exception>
    public MetricScores(IEnumerable<MetricScore> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values];
        if (_values.Length == 0)
        {
            throw new ArgumentException("At least one metric is needed.", nameof(values));
        }

        if (_values.Select(value => value.Key).Distinct(StringComparer.Ordinal).Count() != _values.Length)
        {
            throw new ArgumentException("A metric key appears twice.", nameof(values));
        }
    }

    // The scorer builds these per record with fixed, distinct keys: skip the checks there.
    internal MetricScores(MetricScore[] values)
    {
        _values = values;
    }

    /// <summary>The number of metrics.</summary>
    public int Count => _values.Length;

    /// <summary>The primary metric's value.</summary>
    public double Primary => _values[0].Value;

    /// <summary>The keys in display order.</summary>
    public IEnumerable<string> Keys => _values.Select(value => value.Key);

    /// <summary>The metric at <paramref name="index"/> in display order.</summary>
    public MetricScore this[int index] => _values[index];

    /// <summary>The value of the metric <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The set has no such metric.</exception>
    public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No metric \"{key}\".");

    /// <summary>Finds a metric's value by key.</summary>
    public bool TryGetValue(string key, out double value)
    {
        foreach (var score in _values)
        {
            if (string.Equals(score.Key, key, StringComparison.Ordinal))
            {
                value = score.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>The values keyed by metric key (for storage as JSON).</summary>
    public IReadOnlyDictionary<string, double> ToDictionary() => _values.ToDictionary(value => value.Key, value => value.Value, StringComparer.Ordinal);

    /// <inheritdoc />
    public IEnumerator<MetricScore> GetEnumerator() => ((IEnumerable<MetricScore>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _values.Select(value => $"{value.Key}={value.Value:0.######}"));
}
