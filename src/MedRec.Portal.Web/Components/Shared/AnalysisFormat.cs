using System.Globalization;

namespace MedRec.Portal.Web.Components.Shared;

/// <summary>How analysis figures are written on the pages (invariant digits, as on the board).</summary>
public static class AnalysisFormat
{
    public static string Score(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Interval(double low, double high) => $"[{Score(low)}, {Score(high)}]";

    public static string PValue(double value) => value < 0.001 ? "< 0.001" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
