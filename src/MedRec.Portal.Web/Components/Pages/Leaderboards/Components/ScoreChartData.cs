using MedRec.Portal.Application.Features.Leaderboards.Charts;
using MedRec.Portal.Web.Time;

namespace MedRec.Portal.Web.Components.Pages.Leaderboards.Components;

/// <summary>
/// Turns score history points into a line chart's labels and values. A chart has room for a handful of time labels,
/// so only every n-th point is labelled (the first and last always); the values keep every point. Scores are
/// charted ×100 (0–100): the chart's axis ticks are whole numbers.
/// </summary>
public sealed record ScoreChartData(IReadOnlyList<string> Labels, IReadOnlyList<double> Scores, IReadOnlyList<double> BestSoFar)
{
    public const int MaxLabels = 8;

    public const double Scale = 100;

    public static ScoreChartData From(IReadOnlyList<ScorePoint> points, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(points);
        var step = Math.Max(1, (int)Math.Ceiling(points.Count / (double)MaxLabels));
        var labels = points.Select((p, i) => i % step == 0 || i == points.Count - 1 ? PhaseTimeZones.Format(p.At, zone) : "").ToList();
        return new ScoreChartData(labels, [.. points.Select(p => Scale * p.Score)], [.. points.Select(p => Scale * p.BestSoFar)]);
    }
}
