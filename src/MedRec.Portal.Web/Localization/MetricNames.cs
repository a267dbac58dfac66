using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// A metric's column name in the reader's language (<c>Submissions.Metric.{key}</c>: 精确率, 召回率, …), falling back
/// to the task's own name (Score, Jaccard, F1 read the same in both languages). Every table of metrics uses it, so a
/// metric is called the same on the board, in My submissions and on the organiser's pages.
/// </summary>
public static class MetricNames
{
    public static string Of(string key, string fallback, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Submissions.Metric.{key}"] is { ResourceNotFound: false } name ? name : fallback;
    }
}
