using MedRec.Portal.Application.Features.Leaderboards;

namespace MedRec.Portal.Application.Features.FactSheets;

/// <summary>
/// "Rank only teams with fact sheets": rows of teams without a sheet lose their rank (they stay on the board, in
/// place, marked); the rest are numbered again in the same order, ties kept (1, 2, 2, 4 among those ranked).
/// </summary>
public static class FactSheetRanking
{
    public static List<BoardRowView> Apply(IReadOnlyList<BoardRowView> rows, IReadOnlySet<Guid> teamsWithSheets)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(teamsWithSheets);
        var result = new List<BoardRowView>(rows.Count);
        var ranked = 0;
        int? previousOriginal = null;
        var previousNew = 0;
        foreach (var row in rows.OrderBy(r => r.Position))
        {
            if (row.Rank is not { } original || row.TeamId is not { } team)
            {
                result.Add(row);
                continue;
            }

            if (!teamsWithSheets.Contains(team))
            {
                result.Add(row with { Rank = null });
                continue;
            }

            ranked++;
            var rank = previousOriginal == original ? previousNew : ranked;
            (previousOriginal, previousNew) = (original, rank);
            result.Add(row with { Rank = rank });
        }

        return result;
    }
}
