using System.Globalization;

namespace MedRec.Portal.Benchmarks;

/// <summary>Median thread CPU time and wall time of one benchmark step, in ms, and the bytes one run allocated.</summary>
internal readonly record struct Measurement(double CpuMilliseconds, double WallMilliseconds, long Allocated)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Format(CpuMilliseconds)} ({Format(WallMilliseconds)})");

    private static string Format(double milliseconds) => milliseconds < 10 ? milliseconds.ToString("0.00", CultureInfo.InvariantCulture) : milliseconds.ToString("0", CultureInfo.InvariantCulture);
}
