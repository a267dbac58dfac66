using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;

namespace MedRec.Portal.Web.Components.Pages.Leaderboards.Components;

/// <summary>What the viewer chose on a board: sort, search and page. The server sorts, filters and pages.</summary>
public sealed record BoardQueryState(string SortBy = BoardSort.Rank, bool Descending = true, string Search = "", int Page = 1, int PageSize = 50)
{
    /// <summary>
    /// The state after a click on <paramref name="key"/>'s header: the same key flips the direction; a new key starts
    /// best first (team names A→Z), on page 1.
    /// </summary>
    public BoardQueryState SortedBy(string key) =>
        string.Equals(SortBy, key, StringComparison.Ordinal)
            ? this with { Descending = !Descending, Page = 1 }
            : this with { SortBy = key, Descending = key != BoardSort.Team, Page = 1 };

    /// <summary>The board query for this state: <paramref name="source"/>'s board of <paramref name="phaseId"/> as <paramref name="actor"/> may see it.</summary>
    public GetBoardQuery ToQuery(Actor? actor, Guid phaseId, BoardSource source, Guid? snapshotId = null) =>
        new(actor, phaseId, source, snapshotId, SortBy, Descending, Search, Page, PageSize);
}
