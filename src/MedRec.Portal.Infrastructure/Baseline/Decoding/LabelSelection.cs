namespace MedRec.Portal.Infrastructure.Baseline.Decoding;

/// <summary>
/// The threshold rule shared by both tasks: the labels with p ≥ threshold, topped up to <c>min</c> or cut to
/// <c>max</c> by rank. Ranking is by descending probability, ties by ascending label index, as in
/// tools/baseline/medrec_baseline/decoding.py.
/// </summary>
public static class LabelSelection
{
    /// <summary>Label indices in rank order: the top k with k = clamp(count(p ≥ threshold), min, max).</summary>
    /// <param name="probabilities">One probability per label.</param>
    /// <param name="threshold">The probability a label needs on its own.</param>
    /// <param name="minCount">The fewest labels returned (capped by the label count).</param>
    /// <param name="maxCount">The most labels returned; null for no cap.</param>
    public static IReadOnlyList<int> Select(ReadOnlySpan<float> probabilities, double threshold, int minCount, int? maxCount)
    {
        var aboveThreshold = 0;
        foreach (var p in probabilities)
        {
            if (p >= threshold)
            {
                aboveThreshold++;
            }
        }

        var count = Math.Max(aboveThreshold, minCount);
        if (maxCount is { } max)
        {
            count = Math.Min(count, max);
        }

        return Rank(probabilities).Take(Math.Min(count, probabilities.Length)).ToArray();
    }

    /// <summary>The index of the highest probability (the lowest index among equals).</summary>
    public static int ArgMax(ReadOnlySpan<float> probabilities)
    {
        if (probabilities.IsEmpty)
        {
            throw new ArgumentException("there are no probabilities to choose from", nameof(probabilities));
        }

        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static int[] Rank(ReadOnlySpan<float> probabilities)
    {
        var order = new int[probabilities.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var copy = probabilities.ToArray();
        // Array.Sort is unstable; comparing indices on equal probabilities makes the order total and stable.
        Array.Sort(order, (a, b) => copy[a] != copy[b] ? copy[b].CompareTo(copy[a]) : a.CompareTo(b));
        return order;
    }
}
