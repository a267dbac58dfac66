namespace MedRec.Portal.Application.Common;

/// <summary>One page of a longer list, with the total for the pager.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize)
{
    /// <summary>Clamps page (from 1) and size (1–200) so a hand-edited query string cannot ask for everything.</summary>
    public static (int Page, int PageSize, int Skip) Normalize(int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, 200);
        var number = Math.Max(1, page);
        return (number, size, (number - 1) * size);
    }
}
