using System.Globalization;
using MedRec.Portal.Application.Features.Teams.ListTeams;

namespace MedRec.Portal.Web.Components.Pages.Organizer;

/// <summary>
/// What the organiser's teams page shows: teams of one task (or all), whose name or leader contains the search text
/// (case- and width-insensitive, so "demo" finds "Demo" and full-width "ｄｅｍｏ").
/// </summary>
public sealed record TeamListFilter(string Search = "", string TaskSlug = "")
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType;

    public bool Matches(TeamListItem team)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (TaskSlug.Length > 0 && team.TaskSlug != TaskSlug)
        {
            return false;
        }

        var text = Search.Trim();
        return text.Length == 0
            || Compare.IndexOf(team.Name, text, Loose) >= 0
            || Compare.IndexOf(team.LeaderDisplayName, text, Loose) >= 0;
    }
}
