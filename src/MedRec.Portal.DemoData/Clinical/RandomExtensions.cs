namespace MedRec.Portal.DemoData.Clinical;

/// <summary>
/// Sampling helpers over <see cref="Random"/>. Everything the generator draws goes through one seeded
/// <see cref="Random"/> in a fixed order, which is what makes the output deterministic for a seed.
/// </summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public static int PickWeightedIndex(this Random random, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>
    /// Draws <paramref name="count"/> distinct items, earlier items more likely (weight 1/(rank+1)): pools are
    /// written most-prescribed first, so the common drug of a class dominates as it does on a real ward.
    /// </summary>
    public static List<T> PickDistinctFavouringFirst<T>(this Random random, IReadOnlyList<T> pool, int count)
    {
        var remaining = pool.ToList();
        var picked = new List<T>(count);
        while (picked.Count < count && remaining.Count > 0)
        {
            var weights = remaining.Select((_, rank) => 1.0 / (rank + 1)).ToList();
            var index = random.PickWeightedIndex(weights);
            picked.Add(remaining[index]);
            remaining.RemoveAt(index);
        }

        return picked;
    }

    public static void Shuffle<T>(this Random random, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
