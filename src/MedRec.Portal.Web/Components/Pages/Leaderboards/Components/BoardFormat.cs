using System.Globalization;

namespace MedRec.Portal.Web.Components.Pages.Leaderboards.Components;

/// <summary>How boards write numbers: scores with four decimals, the same in every language.</summary>
public static class BoardFormat
{
    public static string Score(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
