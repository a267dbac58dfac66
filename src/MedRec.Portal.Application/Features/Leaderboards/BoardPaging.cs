using System.Globalization;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>Sorting, searching and paging of a board's rows (a few thousand at most, so in memory).</summary>
internal static class BoardPaging
{
    public static Result<(PagedList<BoardRowView> Page, int? ViewerPage)> Apply(
        IReadOnlyList<BoardRowView> rows, LeaderboardMetrics metrics, string? sortBy, bool descending, string? search, int page, int pageSize)
    {
        var key = string.IsNullOrWhiteSpace(sortBy) ? BoardSort.Rank : sortBy.Trim();
        IEnumerable<BoardRowView> ordered;
        switch (key)
        {
            case BoardSort.Rank:
                // Ranking order is the stored order; "descending" here means best first, as people expect.
                ordered = descending ? rows : rows.Reverse();
                break;
            case BoardSort.Team:
                ordered = descending ? rows.OrderByDescending(r => r.Name, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)) : rows.OrderBy(r => r.Name, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true));
                break;
            case BoardSort.Submissions:
                ordered = descending ? rows.OrderByDescending(r => r.SubmissionCount).ThenBy(r => r.Position) : rows.OrderBy(r => r.SubmissionCount).ThenBy(r => r.Position);
                break;
            case BoardSort.Time:
                ordered = descending ? rows.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Position) : rows.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Position);
                break;
            default:
                var index = metrics.Columns.ToList().FindIndex(c => string.Equals(c.Key, key, StringComparison.Ordinal));
                if (index < 0)
                {
                    return Result<(PagedList<BoardRowView>, int?)>.Failure(LeaderboardErrors.UnknownSort(key, metrics.Columns.Select(c => c.Key)));
                }

                ordered = descending
                    ? rows.OrderByDescending(r => Value(r, key)).ThenBy(r => r.Position)
                    : rows.OrderBy(r => Value(r, key)).ThenBy(r => r.Position);
                break;
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            ordered = ordered.Where(r => r.Name.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        var list = ordered.ToList();
        var (number, size, skip) = PagedList<BoardRowView>.Normalize(page, pageSize);
        var viewerIndex = list.FindIndex(r => r.IsViewerTeam);
        var viewerPage = viewerIndex < 0 ? (int?)null : (viewerIndex / size) + 1;
        return (new PagedList<BoardRowView>(list.Skip(skip).Take(size).ToList(), list.Count, number, size), viewerPage);
    }

    private static double Value(BoardRowView row, string key)
    {
        foreach (var metric in row.Metrics)
        {
            if (string.Equals(metric.Key, key, StringComparison.Ordinal))
            {
                return metric.Value;
            }
        }

        return double.NegativeInfinity;
    }
}
