using System.Globalization;

namespace MedRec.Portal.Benchmarks;

/// <summary>p50 and p95 (nearest rank) of a set of wall times in ms.</summary>
internal readonly record struct Percentiles(double P50, double P95, int Runs)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Percentiles(Rank(sorted, 0.50), Rank(sorted, 0.95), sorted.Length);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{P50:0.0} | {P95:0.0}");

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
